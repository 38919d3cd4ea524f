package nl.hgk.ledger;

import org.springframework.jdbc.core.JdbcTemplate;

/** What the event store holds, read with SQL as an inspector would: to show that a request appended nothing. */
final class StoredEvents {

    private StoredEvents() {
    }

    /** @return how many events the store holds, of all cases */
    static long count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
