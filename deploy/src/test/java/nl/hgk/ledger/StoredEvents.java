package nl.hgk.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the event store holds, read with SQL as an inspector would: to show that a request appended nothing, and who
 * a case's first event records.
 */
final class StoredEvents {

    private StoredEvents() {
    }

    /** @return how many events the store holds, of all cases */
    static long count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    /** @return the metadata of a case's first event: who recorded it ({@code user}, {@code organisation}, …) */
    static JsonNode metadataOfFirstEvent(JdbcTemplate jdbc, String caseId) {
        String metadata = jdbc.queryForObject("select convert_from(meta_data, 'UTF8') from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = 0", String.class, caseId);
        try {
            return LedgerClient.JSON.readTree(metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
