package nl.hgk.ledger.events.intake;

/** Who made the contact (melder). */
public enum ReporterType {
    /** a professional following the Meldcode */
    PROFESSIONAL,
    /** burger */
    CITIZEN,
    POLICE,
    /** the reporter's identity is not recorded, so no feedback can be given */
    ANONYMOUS
}
