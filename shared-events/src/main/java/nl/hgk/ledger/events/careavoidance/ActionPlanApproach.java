package nl.hgk.ledger.events.careavoidance;

/**
 * How the Meldpunt's action plan realises the care a client avoids, as seed 000 B2 §5.1.6 names the choices: "gekozen
 * voor (hernieuwde) zorgtoeleiding, het regelen van een nieuwe zorgcoördinator, of door procesregie".
 */
public enum ActionPlanApproach {
    /** (renewed) guidance of the client to care: zorgtoeleiding */
    CARE_REFERRAL,
    /** a new coordinator for the family */
    NEW_COORDINATOR,
    /** process direction with doorzettingsmacht, as at escalation step 4 (B2 §5.2) */
    PROCESS_DIRECTION
}
