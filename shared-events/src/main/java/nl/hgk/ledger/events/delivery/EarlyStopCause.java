package nl.hgk.ledger.events.delivery;

/** Why help was broken off before it was completed (B2 §2.3: "de oorzaak daarvan"). */
public enum EarlyStopCause {
    /** the client ended the help, or withdrew consent */
    CLIENT_STOPPED,
    /** the client could no longer be reached */
    CLIENT_UNREACHABLE,
    /** the client moved out of the organisation's area */
    CLIENT_MOVED,
    /** the client was admitted elsewhere (a clinic) or detained */
    CLIENT_ADMITTED_ELSEWHERE,
    /** the help turned out not to fit what the family needs */
    HELP_DOES_NOT_FIT,
    /** continuing was unsafe for the professionals (threats, aggression) */
    UNSAFE_FOR_PROFESSIONALS,
    /** the organisation could not go on: staff, waiting list (B2 §4: stagnation within the organisation) */
    PROVIDER_CAPACITY,
    /** the indication or funding for the help ended */
    FUNDING_ENDED,
    /** a cause none of the above describes: the coordinator hears the rest in person */
    OTHER
}
