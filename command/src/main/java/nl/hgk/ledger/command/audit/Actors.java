package nl.hgk.ledger.command.audit;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.access.SignedInUser;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.audit.Qualification;
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
     * @return the user, organisation, its type and municipality, role, qualifications, region and reason as command
     *         metadata
     * @throws RuntimeException (403) when nobody signed in, or someone with no role or organisation to act in
     */
    public MetaData current(String reason) {
        return of(signedIn.current(), reason);
    }

    /** The region travels with the command only: {@link AuditMetadata#KEYS} does not copy it onto the events. */
    public static MetaData of(LedgerUser user, String reason) {
        Map<String, String> audit = new HashMap<>();
        audit.put(AuditMetadata.USER, user.name());
        audit.put(AuditMetadata.ORGANISATION, user.organisation());
        audit.put(AuditMetadata.ROLE, user.role().name());
        if (user.region() != null) {
            audit.put(AuditMetadata.REGION, user.region());
        }
        if (user.organisationType() != null) {
            audit.put(AuditMetadata.ORGANISATION_TYPE, user.organisationType().name());
        }
        if (user.municipality() != null) {
            audit.put(AuditMetadata.MUNICIPALITY, user.municipality());
        }
        if (!user.qualifications().isEmpty()) {
            audit.put(AuditMetadata.QUALIFICATIONS, user.qualifications().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(",")));
        }
        if (reason != null && !reason.isBlank()) {
            audit.put(AuditMetadata.REASON, reason.strip());
        }
        return MetaData.from(audit);
    }

    private static String text(MetaData metaData, String key) {
        return metaData.get(key) instanceof String value ? value : null;
    }

    private static Set<Qualification> qualifications(MetaData metaData) {
        String listed = text(metaData, AuditMetadata.QUALIFICATIONS);
        if (listed == null || listed.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(listed.split(",")).map(String::strip).map(Qualification::valueOf)
                .collect(Collectors.toSet());
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
                    text(metaData, AuditMetadata.REGION),
                    Optional.ofNullable(text(metaData, AuditMetadata.ORGANISATION_TYPE))
                            .map(OrganisationType::valueOf).orElse(null),
                    text(metaData, AuditMetadata.MUNICIPALITY), qualifications(metaData)));
        } catch (IllegalArgumentException notAUser) {
            return Optional.empty();
        }
    }
}
