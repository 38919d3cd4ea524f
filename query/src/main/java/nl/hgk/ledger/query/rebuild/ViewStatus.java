package nl.hgk.ledger.query.rebuild;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Where a view stands.
 *
 * @param name             the projection's processing group
 * @param state            {@code UP_TO_DATE}, {@code CATCHING_UP}, {@code REBUILDING}, {@code STOPPED} or {@code ERROR}
 * @param done             the position in the event stream the view has processed
 * @param total            the position of the newest event in the store
 * @param eventsPerSecond  the recent rate while rebuilding, else absent
 * @param expectedFinish   when a rebuild is expected to be done, else absent
 * @param rebuildStartedAt when the running (or last) rebuild started, else absent
 * @param error            why the view stopped, when it is in error
 */
record ViewStatus(String name, String state, long done, long total, Double eventsPerSecond,
                         Instant expectedFinish, Instant rebuildStartedAt, String error) {

    @JsonIgnore
    boolean rebuilding() {
        return "REBUILDING".equals(state);
    }

    /** @return the header value that tells a reader the view is rebuilding */
    String header() {
        return "rebuilding; done=" + done + "; total=" + total;
    }
}
