package nl.hgk.ledger.command.web;

import java.net.URI;
import java.util.UUID;

/**
 * Where a client reads a case it just wrote to: the family plan view at least at the version the command produced
 * ({@code minVersion}), which waits until the view has caught up with the write instead of showing the case as it was
 * before, or not at all. Every command's answer carries it as its {@code Location}.
 * <p>
 * A path, relative to the ledger's own address, so that it stays right behind a proxy. The command side knows the
 * query side only by this published path, never by its classes.
 */
public final class FamilyPlanLocation {

    private static final String FAMILY_PLANS = "/api/family-plans/";

    private FamilyPlanLocation() {
    }

    /** @return the family plan view of {@code caseId} as soon as it holds {@code version} */
    public static URI of(UUID caseId, long version) {
        return URI.create(FAMILY_PLANS + caseId + "?minVersion=" + version);
    }
}
