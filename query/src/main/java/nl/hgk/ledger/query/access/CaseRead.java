package nl.hgk.ledger.query.access;

import java.util.UUID;

import nl.hgk.ledger.access.AccessPolicy;
import nl.hgk.ledger.access.CaseScope;
import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.query.web.NotFound;

/**
 * One read of one case, handed to whatever finds the case ({@link CaseReads}): it tells whether the reader's scope
 * holds a case, so that a finder that waits for a case does not wait for one the reader may not see (the wait would
 * tell that it exists); it admits the read, once found; and it is the one answer to a case that is not there.
 */
public final class CaseRead {

    private final LedgerUser reader;
    private final UUID caseId;
    private final AccessLog.Read what;
    private final String reason;
    private final AccessLog accessLog;
    private boolean admitted;

    CaseRead(LedgerUser reader, UUID caseId, AccessLog.Read what, String reason, AccessLog accessLog) {
        this.reader = reader;
        this.caseId = caseId;
        this.what = what;
        this.reason = reason;
        this.accessLog = accessLog;
    }

    public LedgerUser reader() {
        return reader;
    }

    /** @return whether the access policy lets the reader read a case of this scope */
    public boolean reaches(CaseScope scope) {
        return AccessPolicy.permits(reader, what.action(), scope);
    }

    /**
     * Admits the read of the case found: refuses it as {@link #unknown()} when the case is outside the reader's scope,
     * and writes it to the access log otherwise. A refused read is not logged: it showed nothing.
     *
     * @param scope  the scope of the case as found
     * @param detail how it was read ({@code html download}, {@code asOf=…}, {@code minVersion=…}), or absent
     * @throws NotFound when the case is outside the reader's scope
     */
    public void admit(CaseScope scope, String detail) {
        if (!reaches(scope)) {
            throw unknown();
        }
        accessLog.record(reader, caseId, scope, what, detail, reason);
        admitted = true;
    }

    boolean admitted() {
        return admitted;
    }

    /** @return the answer to a case that does not exist, and so to one outside the reader's scope */
    public NotFound unknown() {
        return new NotFound(what.notFound(caseId));
    }
}
