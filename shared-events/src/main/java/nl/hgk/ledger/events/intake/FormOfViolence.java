package nl.hgk.ledger.events.intake;

/** The forms of violence a contact can concern, as the regional policies name them; one contact can concern several. */
public enum FormOfViolence {
    PARTNER_VIOLENCE(ViolenceCategory.DOMESTIC_VIOLENCE),
    ELDER_ABUSE(ViolenceCategory.ELDER_ABUSE),
    VIOLENCE_AGAINST_PARENTS(ViolenceCategory.DOMESTIC_VIOLENCE),
    HONOUR_RELATED_VIOLENCE(ViolenceCategory.DOMESTIC_VIOLENCE),
    FORCED_MARRIAGE_OR_ABANDONMENT(ViolenceCategory.DOMESTIC_VIOLENCE),
    FEMALE_GENITAL_MUTILATION(ViolenceCategory.DOMESTIC_VIOLENCE),
    HUMAN_TRAFFICKING(ViolenceCategory.DOMESTIC_VIOLENCE),
    CHILD_SEXUAL_ABUSE(ViolenceCategory.CHILD_ABUSE),
    CHILD_PHYSICAL_ABUSE(ViolenceCategory.CHILD_ABUSE),
    CHILD_EMOTIONAL_ABUSE(ViolenceCategory.CHILD_ABUSE),
    CHILD_PHYSICAL_NEGLECT(ViolenceCategory.CHILD_ABUSE),
    CHILD_EMOTIONAL_NEGLECT(ViolenceCategory.CHILD_ABUSE),
    CHILD_WITNESSING_PARTNER_VIOLENCE(ViolenceCategory.CHILD_ABUSE);

    private final ViolenceCategory category;

    FormOfViolence(ViolenceCategory category) {
        this.category = category;
    }

    public ViolenceCategory category() {
        return category;
    }
}
