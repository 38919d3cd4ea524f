package nl.hgk.ledger.events.audit;

import java.util.List;

/** The metadata keys under which every command and event records who gave it and why. */
public final class AuditMetadata {

    /** the authenticated user's name */
    public static final String USER = "user";
    /** the organisation the user acted for */
    public static final String ORGANISATION = "organisation";
    /** the {@link ActorRole} the user acted in */
    public static final String ROLE = "role";
    /** the {@link OrganisationType} of the organisation the user acted for; absent for the ledger itself */
    public static final String ORGANISATION_TYPE = "organisationType";
    /**
     * the municipality (CBS code, {@code GM0546}) a mayor's office or a municipality acts for: which case's huisverbod
     * or decision is theirs
     */
    public static final String MUNICIPALITY = "municipality";
    /** the {@link Qualification}s the user acted with, comma-separated; absent for none */
    public static final String QUALIFICATIONS = "qualifications";
    /** why, where the domain asks for a reason */
    public static final String REASON = "reason";

    /**
     * the user's own Veilig Thuis region (CBS code, {@code VT24}), when they have one: carried by a command so that its
     * case's scope can be checked where the command is handled. Not copied onto events: the organisation already says
     * for whom someone acted.
     */
    public static final String REGION = "region";

    /**
     * the administrator who imported the step from a former registration ({@code POST /api/imports}); absent for a step
     * taken in the ledger. The user, organisation and moment of an imported step are those the former registration
     * gave: this says that the ledger did not see them happen.
     */
    public static final String IMPORTED_BY = "importedBy";
    /** when the step was imported (ISO-8601 instant, the real time of the import); only with {@link #IMPORTED_BY} */
    public static final String IMPORTED_AT = "importedAt";
    /** the case's id in the former registration; only with {@link #IMPORTED_BY} */
    public static final String IMPORT_ID = "importId";

    /** the keys copied from a command to the events it causes */
    public static final List<String> KEYS = List.of(USER, ORGANISATION, ROLE, ORGANISATION_TYPE, MUNICIPALITY,
            QUALIFICATIONS, REASON, IMPORTED_BY, IMPORTED_AT, IMPORT_ID);

    private AuditMetadata() {
    }
}
