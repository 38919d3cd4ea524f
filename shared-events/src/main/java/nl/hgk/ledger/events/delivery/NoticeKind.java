package nl.hgk.ledger.events.delivery;

/** The six notices of B2 §2.3, one per {@link DeliveryNotice} event. */
public enum NoticeKind {
    /** {@link HelpStarted} */
    HELP_STARTED,
    /** {@link HelpEnded} */
    HELP_ENDED,
    /** {@link HelpStoppedEarly} */
    HELP_STOPPED_EARLY,
    /** {@link NoShowsReported} */
    NO_SHOWS,
    /** {@link ClientTransferred} */
    CLIENT_TRANSFERRED,
    /** {@link OtherPartyProposed} */
    OTHER_PARTY_PROPOSED
}
