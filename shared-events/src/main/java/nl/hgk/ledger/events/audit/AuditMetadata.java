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
    /** why, where the domain asks for a reason */
    public static final String REASON = "reason";

    /**
     * the user's own Veilig Thuis region (CBS code, {@code VT24}), when they have one: carried by a command so that its
     * case's scope can be checked where the command is handled. Not copied onto events: the organisation already says
     * for whom someone acted.
     */
    public static final String REGION = "region";

    /** the keys copied from a command to the events it causes */
    public static final List<String> KEYS = List.of(USER, ORGANISATION, ROLE, REASON);

    private AuditMetadata() {
    }
}
