package nl.hgk.ledger.command.scope;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.AuditMetadata;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Lets a command on a case through only for a user whose scope holds the case: a case worker or coordinator whose
 * Veilig Thuis region the case's municipality lies in, or whose organisation is involved in the case. Checked for
 * every endpoint of the command side with a {@code {caseId}} in its path, before the request body is read, so a new
 * command endpoint is checked without anyone remembering to.
 * <p>
 * A case outside the user's scope is answered exactly like a case that does not exist ({@code 404 unknown-case}):
 * a {@code 403} would tell that the id belongs to a real case, and a case id must not become a way to find out which
 * households have a case elsewhere. Reports ({@code POST /api/reports}) have no case id and are not checked: a report
 * can open or join a case anywhere, and the reporter's organisation is involved from then on.
 */
class CaseAccess implements HandlerInterceptor {

    private static final String COMMAND_SIDE = "nl.hgk.ledger.command.";

    private final CaseScopes scopes;

    CaseAccess(CaseScopes scopes) {
        this.scopes = scopes;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !method.getBeanType().getName().startsWith(COMMAND_SIDE)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String id = path == null ? null : path.get("caseId");
        if (id == null) {
            return true;
        }
        UUID caseId;
        try {
            caseId = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            // the controller's own conversion answers it (400 invalid-value naming caseId)
            return true;
        }
        Optional<CaseScopes.CaseScope> scope = scopes.of(caseId);
        if (scope.isEmpty() || !mayChange(SecurityContextHolder.getContext().getAuthentication(), scope.get())) {
            throw new AggregateNotFoundException(caseId.toString(), "no case " + caseId + " in the user's scope");
        }
        return true;
    }

    /**
     * Case workers and coordinators, and the privacy officer (whose one command is an erasure): the other roles give no
     * commands at all (SecurityConfiguration). All of them within the same scope: their region or an organisation
     * involved in the case.
     */
    static boolean mayChange(Authentication user, CaseScopes.CaseScope scope) {
        if (user == null) {
            return false;
        }
        String role = null;
        String organisation = null;
        String region = null;
        for (GrantedAuthority granted : user.getAuthorities()) {
            String authority = granted.getAuthority();
            if (authority.startsWith(AuditMetadata.ROLE_AUTHORITY_PREFIX)) {
                role = authority.substring(AuditMetadata.ROLE_AUTHORITY_PREFIX.length());
            } else if (authority.startsWith(AuditMetadata.ORGANISATION_AUTHORITY_PREFIX)) {
                organisation = authority.substring(AuditMetadata.ORGANISATION_AUTHORITY_PREFIX.length());
            } else if (authority.startsWith(AuditMetadata.REGION_AUTHORITY_PREFIX)) {
                region = authority.substring(AuditMetadata.REGION_AUTHORITY_PREFIX.length());
            }
        }
        if (!ActorRole.CASE_WORKER.name().equals(role) && !ActorRole.COORDINATOR.name().equals(role)
                && !ActorRole.PRIVACY_OFFICER.name().equals(role)) {
            return false;
        }
        return (region != null && region.equals(scope.region()))
                || (organisation != null && scope.organisations().contains(organisation));
    }
}
