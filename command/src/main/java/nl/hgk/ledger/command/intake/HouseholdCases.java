package nl.hgk.ledger.command.intake;

import java.util.Optional;
import java.util.UUID;

import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.intake.HouseholdKey;
import nl.hgk.ledger.events.intake.ReportReceived;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which case of a household is open, and which was closed last. Runs in a subscribing processor, so it is written
 * in the same transaction as the events: a second case opened for a household with an open case breaks the primary
 * key, and the whole command is rolled back (and retried, when it then joins the open case).
 */
@Component
@ProcessingGroup(HouseholdCases.PROCESSING_GROUP)
class HouseholdCases {

    static final String PROCESSING_GROUP = "household-cases";

    private final JdbcTemplate jdbc;

    HouseholdCases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> openCaseOf(HouseholdKey household) {
        return jdbc.query("select case_id from household_open_case where household_key = ?",
                (rs, row) -> rs.getObject(1, UUID.class), household.value()).stream().findFirst();
    }

    Optional<UUID> lastClosedCaseOf(HouseholdKey household) {
        return jdbc.query("""
                        select case_id from household_closed_case where household_key = ?
                        order by closed_sequence desc limit 1""",
                (rs, row) -> rs.getObject(1, UUID.class), household.value()).stream().findFirst();
    }

    @EventHandler
    void on(ReportReceived event, @SequenceNumber long sequenceNumber) {
        // only the report that opens a case claims the household; bundled reports find the claim in place
        if (sequenceNumber == 0) {
            jdbc.update("insert into household_open_case (household_key, case_id) values (?, ?)",
                    event.household().value(), event.caseId());
        }
    }

    @EventHandler
    void on(CaseClosed event) {
        jdbc.update("""
                insert into household_closed_case (case_id, household_key)
                select case_id, household_key from household_open_case where case_id = ?""", event.caseId());
        jdbc.update("delete from household_open_case where case_id = ?", event.caseId());
    }
}
