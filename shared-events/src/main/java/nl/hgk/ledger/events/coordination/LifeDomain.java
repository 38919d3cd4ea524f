package nl.hgk.ledger.events.coordination;

/** The life domains a family plan names problems and goals for. */
public enum LifeDomain {
    SAFETY,
    PARENTING,
    PHYSICAL_HEALTH,
    MENTAL_HEALTH,
    ADDICTION,
    HOUSING,
    FINANCES,
    WORK_AND_EDUCATION,
    SOCIAL_NETWORK,
    JUSTICE
}
