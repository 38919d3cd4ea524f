package nl.hgk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.hgk.ledger.deploy.generator.GeneratedYear;
import nl.hgk.ledger.deploy.generator.GenerationSpec;
import nl.hgk.ledger.deploy.generator.YearGenerator;
import nl.hgk.ledger.events.CaseStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A view rebuilt from the event stream is the view that was built live, row for row, with the views' processors as
 * configured: in batches, and with the stream split in segments that run side by side, so that a case's events must
 * still be handled in their order (the family plan view would log a fold from the event store if one came early).
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // a ledger of its own (a context not shared with other test classes): the generator wants an empty ledger
        properties = {"hgk.embedded-postgres.data-directory=", "hgk.test.ledger-of-its-own=view-rebuild"})
class ViewRebuildTest {

    private static final String ADMINISTRATOR = "beheerder";
    private static final List<String> VIEWS = List.of("family-plan", "case-list", "deadline-board");
    /** every table of the rebuilt views, each row as JSON without the moment it was written */
    private static final List<String> TABLES = List.of("family_plan_view", "case_list_case", "case_list_search",
            "case_list_signal", "case_list_limit", "case_list_organisation", "deadline_board_case",
            "deadline_board_signal", "deadline_board_limit", "deadline_board_organisation");

    @LocalServerPort
    int port;
    @Autowired
    YearGenerator generator;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyViewRebuiltInSegmentsAndBatchesIsTheViewBuiltLive(CapturedOutput output) {
        GeneratedYear year = generator.generate(new GenerationSpec("VT24", 2025, 60, 30, 14, false));
        assertThat(year.refused()).isZero();
        LedgerClient api = new LedgerClient(port);
        awaitDeadlinesFiredAndViewsUpToDate(api);
        long cases = jdbc.queryForObject("select count(distinct aggregate_identifier) from domain_event_entry"
                + " where type = ?", Long.class, CaseStream.AGGREGATE_TYPE);
        Map<String, List<String>> live = rows();
        assertThat(live.get("family_plan_view")).hasSize((int) cases);
        assertThat(live.get("case_list_case")).hasSize((int) cases);
        for (String view : VIEWS) {
            assertThat(jdbc.queryForObject("select count(*) from token_entry where processor_name = ?", Long.class,
                    view)).as("segments of %s", view).isGreaterThan(1);
        }

        for (String view : VIEWS) {
            LedgerClient.Answer started = api.post(ADMINISTRATOR, "/api/views/" + view + "/rebuild", Map.of());
            assertThat(started.status()).as("%s", started.body()).isEqualTo(202);
        }
        awaitDeadlinesFiredAndViewsUpToDate(api);

        assertThat(rows()).isEqualTo(live);
        // each case at its last event: every event of it was folded in, in its order
        assertThat(jdbc.queryForObject("""
                select count(*) from family_plan_view v join (
                    select aggregate_identifier::uuid as case_id, max(sequence_number) as last
                    from domain_event_entry where type = ? group by aggregate_identifier) e
                on e.case_id = v.case_id where v.version = e.last""", Long.class, CaseStream.AGGREGATE_TYPE))
                .isEqualTo(cases);
        assertThat(output.getAll()).doesNotContain("folding the case again from the event store");
    }

    private Map<String, List<String>> rows() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, jdbc.queryForList("select (to_jsonb(t) - 'updated_at')::text from " + table
                    + " t order by 1", String.class));
        }
        return rows;
    }

    private void awaitDeadlinesFiredAndViewsUpToDate(LedgerClient api) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where execution_time <= now()",
                    Long.class)).as("deadlines due and not yet fired").isZero();
            JsonNode views = api.get(ADMINISTRATOR, "/api/views").body();
            assertThat(views.findValuesAsText("state")).isNotEmpty().containsOnly("UP_TO_DATE");
        });
    }
}
