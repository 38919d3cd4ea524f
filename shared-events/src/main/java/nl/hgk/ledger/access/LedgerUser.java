package nl.hgk.ledger.access;

import java.util.Objects;

import nl.hgk.ledger.events.audit.ActorRole;

/**
 * Someone who acts on the ledger or reads it: a person signed in, or the ledger itself ({@link #SYSTEM}). Whatever way
 * someone signed in (a demo user, a bearer token), this is all the ledger knows of them, and all it decides on.
 *
 * @param name         the user's name, recorded on every event they cause
 * @param role         the one role they act in
 * @param organisation the organisation they act for
 * @param region       their own Veilig Thuis region (CBS code, {@code VT24}); {@code null} for someone whose work is
 *                     not tied to one, who then reaches only the cases their organisation is involved in
 */
public record LedgerUser(String name, ActorRole role, String organisation, String region) {

    /** the ledger itself, acting when a time limit passes or a retention period ends; nobody signs in as it */
    public static final LedgerUser SYSTEM = new LedgerUser("system", ActorRole.SYSTEM, "hgk-ledger", null);

    public LedgerUser {
        // an event must never be recorded under a guess, nor a scope widened by one: no defaults
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a user has a name");
        }
        Objects.requireNonNull(role, "a user acts in a role");
        if (organisation == null || organisation.isBlank()) {
            throw new IllegalArgumentException("user " + name + " acts for no organisation");
        }
        if (region != null && region.isBlank()) {
            throw new IllegalArgumentException("user " + name + " has a blank region");
        }
    }
}
