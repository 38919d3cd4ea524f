package nl.hgk.ledger.query.web;

/**
 * A view has not reached the version a client asked for within the time it may wait: the write is recorded, the
 * view has not caught up yet. Answered as 503 with {@code Retry-After}, so a client retries instead of showing an
 * older state as if it were the new one.
 */
public class ViewBehind extends RuntimeException {

    private final long requestedVersion;
    private final long currentVersion;

    /**
     * @param currentVersion the version the view is at; -1 when it holds nothing of the case yet
     */
    public ViewBehind(long requestedVersion, long currentVersion) {
        super(currentVersion < 0
                ? "The view does not hold this case yet; version " + requestedVersion + " is not in it yet"
                : "The view is at version " + currentVersion + "; version " + requestedVersion + " is not in it yet");
        this.requestedVersion = requestedVersion;
        this.currentVersion = currentVersion;
    }

    public long requestedVersion() {
        return requestedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
