package nl.hgk.ledger.command.audit;

import java.util.HashMap;
import java.util.Map;

import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.AuditMetadata;
import org.axonframework.messaging.MetaData;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Turns the authenticated user of the current request into the audit metadata of a command. */
@Component
public class Actors {

    /**
     * @param reason why the ledger acts: the time limit that passed, the retention rule that applies
     * @return the metadata of what the ledger itself records (user {@code system}, role {@code SYSTEM})
     */
    public static MetaData system(String reason) {
        return MetaData.with(AuditMetadata.USER, "system")
                .and(AuditMetadata.ORGANISATION, "hgk-ledger")
                .and(AuditMetadata.ROLE, ActorRole.SYSTEM.name())
                .and(AuditMetadata.REASON, reason);
    }

    /**
     * @param reason why, where the request gave one
     * @return the user, organisation, role and reason as command metadata
     * @throws AccessDeniedException when the user has no role or organisation to act in
     */
    public MetaData current(String reason) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("a command needs an authenticated user");
        }
        Map<String, String> audit = new HashMap<>();
        audit.put(AuditMetadata.USER, authentication.getName());
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            if (authority.startsWith(AuditMetadata.ORGANISATION_AUTHORITY_PREFIX)) {
                audit.put(AuditMetadata.ORGANISATION,
                        authority.substring(AuditMetadata.ORGANISATION_AUTHORITY_PREFIX.length()));
            } else if (authority.startsWith(AuditMetadata.ROLE_AUTHORITY_PREFIX)) {
                audit.put(AuditMetadata.ROLE, ActorRole.valueOf(
                        authority.substring(AuditMetadata.ROLE_AUTHORITY_PREFIX.length())).name());
            }
        }
        if (!audit.containsKey(AuditMetadata.ORGANISATION) || !audit.containsKey(AuditMetadata.ROLE)) {
            throw new AccessDeniedException("user " + authentication.getName() + " has no organisation or role");
        }
        if (reason != null && !reason.isBlank()) {
            audit.put(AuditMetadata.REASON, reason.strip());
        }
        return MetaData.from(audit);
    }
}
