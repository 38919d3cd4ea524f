package nl.hgk.ledger.command.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.intake.ReportReceived;
import nl.hgk.ledger.events.person.PersonErased;
import nl.hgk.ledger.events.person.PersonRole;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the table {@code case_retention}: per case, the day its youngest child turns 18, when it was closed, and how
 * many of its data subjects were erased. Runs in a subscribing processor, in the command's own transaction, like
 * the household table: the counts are exact, and the job never sees a case it would erase twice.
 */
@Component
@ProcessingGroup(CaseRetention.PROCESSING_GROUP)
class CaseRetention {

    static final String PROCESSING_GROUP = "case-retention";
    /** the age at which a Veilig Thuis file may be destroyed, unless a child-protection measure requires more */
    static final int ADULT_AGE = 18;

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final JdbcTemplate jdbc;

    CaseRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReportReceived event) {
        LocalDate adultOn = event.persons().stream()
                .filter(person -> person.role() == PersonRole.CHILD && person.personalData() != null)
                .map(person -> person.personalData().birthDate()).filter(Objects::nonNull)
                .map(born -> born.plusYears(ADULT_AGE)).max(LocalDate::compareTo).orElse(null);
        boolean childWithoutBirthDate = event.persons().stream().anyMatch(person -> person.role() == PersonRole.CHILD
                && (person.personalData() == null || person.personalData().birthDate() == null));
        int subjects = event.persons().size()
                + (event.reporter() != null && event.reporter().contact() != null ? 1 : 0);
        jdbc.update("""
                        insert into case_retention (case_id, adult_on, child_without_birth_date, subjects)
                        values (?, ?, ?, ?)
                        on conflict (case_id) do update
                        set adult_on = greatest(case_retention.adult_on, excluded.adult_on),
                            child_without_birth_date = case_retention.child_without_birth_date
                                                       or excluded.child_without_birth_date,
                            subjects = case_retention.subjects + excluded.subjects""",
                event.caseId(), adultOn, childWithoutBirthDate, subjects);
    }

    @EventHandler
    void on(CaseClosed event, @Timestamp Instant closedAt) {
        jdbc.update("update case_retention set closed_on = ? where case_id = ?",
                closedAt.atZone(AMSTERDAM).toLocalDate(), event.caseId());
    }

    /** Once every subject is erased, the date derived from a child's birth date goes too: it is no longer needed. */
    @EventHandler
    void on(PersonErased event) {
        jdbc.update("""
                update case_retention set erased_subjects = erased_subjects + 1,
                    adult_on = case when erased_subjects + 1 >= subjects then null else adult_on end
                where case_id = ?""", event.caseId());
    }
}
