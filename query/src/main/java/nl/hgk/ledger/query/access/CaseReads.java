package nl.hgk.ledger.query.access;

import java.util.UUID;
import java.util.function.Function;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.access.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * The one way a case is read: who reads and why, checked before the case is looked up; then the case found, its
 * scope checked with the access policy and the read written to the access log, in that order, before anything of it
 * is answered ({@link CaseRead}). A case outside the reader's scope is answered as one that is not there.
 */
@Component
public class CaseReads {

    private final SignedInUser signedIn;
    private final AccessLog accessLog;

    CaseReads(SignedInUser signedIn, AccessLog accessLog) {
        this.signedIn = signedIn;
        this.accessLog = accessLog;
    }

    /**
     * @param what            what is read, which decides the policy's action, and how a case not there is told
     * @param reasonParameter the {@code reason} query parameter, or absent
     * @param reasonHeader    the {@value AccessLog#REASON_HEADER} header, or absent
     * @param finder          finds the case and answers it; it must admit the read ({@link CaseRead#admit}) with the
     *                        scope of what it found before it lets anything of the case out, and answer a case it
     *                        does not find with {@link CaseRead#unknown()}
     * @return the finder's answer, admitted
     * @throws nl.hgk.ledger.query.web.InvalidQuery (400) for a reason that is required and missing, or not valid
     * @throws nl.hgk.ledger.query.web.NotFound     (404) for no case, or one outside the reader's scope
     */
    public <T> T read(UUID caseId, AccessLog.Read what, String reasonParameter, String reasonHeader,
                      Function<CaseRead, T> finder) {
        LedgerUser reader = signedIn.current();
        CaseRead read = new CaseRead(reader, caseId, what, AccessLog.reason(reader, reasonParameter, reasonHeader),
                accessLog);
        T answer = finder.apply(read);
        if (!read.admitted()) {
            // a finder that forgot to admit its read: nothing of the case may leave unchecked and unrecorded
            throw new IllegalStateException("a read of case " + caseId + " was answered without being admitted");
        }
        return answer;
    }
}
