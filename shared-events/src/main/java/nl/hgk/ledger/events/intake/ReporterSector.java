package nl.hgk.ledger.events.intake;

/** The sector a professional reporter works in, as the monitoring figures group them. */
public enum ReporterSector {
    EDUCATION,
    CHILDCARE,
    HEALTHCARE,
    MENTAL_HEALTHCARE,
    YOUTH_CARE,
    SOCIAL_CARE,
    POLICE,
    JUSTICE,
    OTHER
}
