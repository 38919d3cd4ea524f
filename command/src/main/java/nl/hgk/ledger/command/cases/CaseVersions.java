package nl.hgk.ledger.command.cases;

import org.axonframework.modelling.command.AggregateLifecycle;

/** Every command answers the case version it produced, so that a client can edit again without a stale version. */
final class CaseVersions {

    private CaseVersions() {
    }

    static long current() {
        return AggregateLifecycle.getVersion();
    }
}
