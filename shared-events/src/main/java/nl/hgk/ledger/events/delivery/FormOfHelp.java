package nl.hgk.ledger.events.delivery;

/** The help or guidance another party could give, as a proposal to the coordinator names it (B2 §2.3). */
public enum FormOfHelp {
    /** geestelijke gezondheidszorg (ggz) */
    MENTAL_HEALTH_CARE,
    /** verslavingszorg */
    ADDICTION_CARE,
    /** jeugdhulp */
    YOUTH_CARE,
    /** opvoedondersteuning */
    PARENTING_SUPPORT,
    /** specialist help for domestic violence or child abuse */
    DOMESTIC_VIOLENCE_CARE,
    /** maatschappelijk werk */
    SOCIAL_WORK,
    /** ambulante begeleiding at home */
    AMBULATORY_SUPPORT,
    /** schuldhulpverlening */
    DEBT_COUNSELLING,
    /** begeleid wonen, help with housing */
    HOUSING_SUPPORT,
    /** opvang (shelter) */
    SHELTER,
    /** dagbesteding */
    DAY_ACTIVITIES,
    /** reclassering */
    PROBATION,
    /** a form none of the above describes */
    OTHER
}
