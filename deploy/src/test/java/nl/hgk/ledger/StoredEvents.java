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

    /** @return how many events one case holds */
    static long countOf(JdbcTemplate jdbc, String caseId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, caseId);
    }

    /** @return the metadata of a case's first event: who recorded it ({@code user}, {@code organisation}, …) */
    static JsonNode metadataOfFirstEvent(JdbcTemplate jdbc, String caseId) {
        return metadataOf(jdbc, caseId, 0);
    }

    /** @return the metadata of the event of a case at a sequence number (its version) */
    static JsonNode metadataOf(JdbcTemplate jdbc, String caseId, long sequenceNumber) {
        String metadata = jdbc.queryForObject("select convert_from(meta_data, 'UTF8') from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = ?", String.class, caseId, sequenceNumber);
        try {
            return LedgerClient.JSON.readTree(metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
