package nl.hgk.ledger.command.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.access.SignedInUser;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.AuditMetadata;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Who gives a command, as its metadata: the signed-in user of the request, or the ledger itself. And back: who a
 * command's metadata says gives it, for the scope check where the command is handled.
 */
@Component
public class Actors {

    private final SignedInUser signedIn;

    Actors(SignedInUser signedIn) {
        this.signedIn = signedIn;
    }

    /**
     * @param reason why the ledger acts: the time limit that passed, the retention rule that applies
     * @return the metadata of what the ledger itself records (user {@code system}, role {@code SYSTEM})
     */
    public static MetaData system(String reason) {
        return of(LedgerUser.SYSTEM, reason);
    }

    /**
     * @param reason why, where the request gave one
     * @return the user, organisation, role, region and reason as command metadata
     * @throws RuntimeException (403) when nobody signed in, or someone with no role or organisation to act in
     */
    public MetaData current(String reason) {
        return of(signedIn.current(), reason);
    }

    /** The region travels with the command only: {@link AuditMetadata#KEYS} does not copy it onto the events. */
    static MetaData of(LedgerUser user, String reason) {
        Map<String, String> audit = new HashMap<>();
        audit.put(AuditMetadata.USER, user.name());
        audit.put(AuditMetadata.ORGANISATION, user.organisation());
        audit.put(AuditMetadata.ROLE, user.role().name());
        if (user.region() != null) {
            audit.put(AuditMetadata.REGION, user.region());
        }
        if (reason != null && !reason.isBlank()) {
            audit.put(AuditMetadata.REASON, reason.strip());
        }
        return MetaData.from(audit);
    }

    /** @return who the command's metadata says gives it; empty when it names no user, role and organisation */
    public static Optional<LedgerUser> actingIn(MetaData metaData) {
        if (!(metaData.get(AuditMetadata.USER) instanceof String name)
                || !(metaData.get(AuditMetadata.ROLE) instanceof String role)
                || !(metaData.get(AuditMetadata.ORGANISATION) instanceof String organisation)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LedgerUser(name, ActorRole.valueOf(role), organisation,
                    metaData.get(AuditMetadata.REGION) instanceof String region ? region : null));
        } catch (IllegalArgumentException notAUser) {
            return Optional.empty();
        }
    }
}
