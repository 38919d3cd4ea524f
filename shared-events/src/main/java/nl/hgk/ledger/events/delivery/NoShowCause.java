package nl.hgk.ledger.events.delivery;

/** A possible cause of a client's repeated no-shows (B2 §2.3: "de mogelijke oorzaken daarvan"). */
public enum NoShowCause {
    /** the organisation does not know why */
    UNKNOWN,
    /** the client avoids care (zorgmijding, B2 §2.1.4) */
    CARE_AVOIDANCE,
    /** physical illness */
    ILLNESS,
    /** addiction */
    ADDICTION,
    /** psychiatric problems */
    PSYCHIATRIC_PROBLEMS,
    /** practical obstacles: travel, childcare, work hours */
    PRACTICAL_OBSTACLES,
    /** pressure or control from someone in the household */
    PRESSURE_FROM_HOUSEHOLD,
    /** language or literacy: the appointment was not understood */
    LANGUAGE_OR_LITERACY,
    /** a cause none of the above describes */
    OTHER
}
