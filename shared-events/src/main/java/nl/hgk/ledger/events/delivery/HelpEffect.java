package nl.hgk.ledger.events.delivery;

/** The effect of help that was completed (B2 §2.3), as the organisation that gave it judges it. */
public enum HelpEffect {
    /** the goals of the task were reached */
    GOALS_ACHIEVED,
    /** some of them were reached */
    GOALS_PARTLY_ACHIEVED,
    /** none of them were reached, though the help was completed */
    GOALS_NOT_ACHIEVED,
    /** an effect none of the above describes: the coordinator hears the rest in person */
    OTHER
}
