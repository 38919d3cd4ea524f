package nl.hgk.ledger.query.access;

import java.util.Set;

import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.reference.Municipalities;
import nl.hgk.ledger.reference.MunicipalityCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user who reads, with the role, organisation and region their authorities carry (the query side reads
 * them itself: it does not know the command side's {@code Actors}).
 *
 * @param user         the user's name
 * @param role         the role they read in
 * @param organisation their organisation, or absent
 * @param region       their own Veilig Thuis region (CBS code), or absent
 */
public record Reader(String user, ActorRole role, String organisation, String region) {

    private static final Municipalities MUNICIPALITIES = Municipalities.load();
    /** the region of a municipality missing from the reference data: nobody's region */
    public static final String UNKNOWN_REGION = "UNKNOWN";

    /**
     * @return the reader of the current request
     * @throws AccessDeniedException when nobody signed in, or with no ledger role
     */
    public static Reader current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("a read needs a signed-in user");
        }
        ActorRole role = null;
        String organisation = null;
        String region = null;
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            if (authority.startsWith(AuditMetadata.ROLE_AUTHORITY_PREFIX)) {
                String name = authority.substring(AuditMetadata.ROLE_AUTHORITY_PREFIX.length());
                for (ActorRole known : ActorRole.values()) {
                    if (known.name().equals(name)) {
                        role = known;
                    }
                }
            } else if (authority.startsWith(AuditMetadata.ORGANISATION_AUTHORITY_PREFIX)) {
                organisation = authority.substring(AuditMetadata.ORGANISATION_AUTHORITY_PREFIX.length());
            } else if (authority.startsWith(AuditMetadata.REGION_AUTHORITY_PREFIX)) {
                region = authority.substring(AuditMetadata.REGION_AUTHORITY_PREFIX.length());
            }
        }
        if (role == null) {
            throw new AccessDeniedException("user " + authentication.getName() + " has no ledger role");
        }
        return new Reader(authentication.getName(), role, organisation, region);
    }

    /** @return the Veilig Thuis region of a case's municipality; {@value #UNKNOWN_REGION} when it is not known */
    public static String regionOf(MunicipalityCode municipality) {
        if (municipality == null) {
            return UNKNOWN_REGION;
        }
        return MUNICIPALITIES.regionOf(municipality).orElse(UNKNOWN_REGION);
    }

    /**
     * Whether this reader's scope holds a case. Case workers and coordinators: the case lies in their region, or their
     * organisation is involved in it. Inspectors: the case lies in their region. Nobody else reads a case: analysts
     * see figures, administrators the views, privacy officers the access log.
     *
     * @param caseRegion    the case's Veilig Thuis region
     * @param organisations the organisations involved in the case
     */
    public boolean reaches(String caseRegion, Set<String> organisations) {
        boolean ownRegion = region != null && region.equals(caseRegion);
        return switch (role) {
            case CASE_WORKER, COORDINATOR -> ownRegion || (organisation != null && organisations.contains(organisation));
            case INSPECTOR -> ownRegion;
            case ANALYST, ADMINISTRATOR, PRIVACY_OFFICER, SYSTEM -> false;
        };
    }
}
