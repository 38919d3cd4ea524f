package nl.hgk.ledger.query.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import nl.hgk.ledger.calendar.WorkingDays;
import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.events.escalation.EscalatedToMeldpuntManager;
import nl.hgk.ledger.events.delivery.HelpStoppedEarly;
import nl.hgk.ledger.events.delivery.NoShowsReported;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.escalation.InadequateCoordinationReported;
import nl.hgk.ledger.events.huisverbod.HuisverbodEnded;
import nl.hgk.ledger.events.huisverbod.HuisverbodExtended;
import nl.hgk.ledger.events.huisverbod.HuisverbodImposed;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.FormOfViolence;
import nl.hgk.ledger.events.intake.ReportReceived;
import nl.hgk.ledger.events.intake.ReporterInformed;
import nl.hgk.ledger.events.intake.ViolenceCategory;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.TriageDecided;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the facts the regional monitoring figures count ({@code V5__regional_figures.sql},
 * {@code V8__figures_time_limits.sql}), in its own tracking processor. Only facts, never personal data. Deterministic
 * and safe to replay: a row is keyed by its contact, case, event or run of a time limit; a first milestone keeps the
 * earliest time; a redelivered event changes nothing. A reset empties the tables. Events that no figure counts (the
 * investigation itself, a replaced coordinator, a revised plan, a resolved escalation) are not handled: the
 * investigation is counted through its time limit. The counts the figures sum ({@code V54__figures_counts.sql}) follow
 * the facts by row triggers, in the same transaction.
 */
@Component
@ProcessingGroup(RegionalFiguresProjection.PROCESSING_GROUP)
class RegionalFiguresProjection {

    static final String PROCESSING_GROUP = "regional-figures";
    /** Veilig Thuis triages a report at the latest within 5 working days of receiving it (Handelingsprotocol) */
    static final int TRIAGE_NORM_WORKING_DAYS = 5;
    /** the region of a municipality missing from the reference data: counted in no region */
    static final String UNKNOWN_REGION = "UNKNOWN";

    private final JdbcTemplate jdbc;
    private final WorkingDays workingDays = WorkingDays.netherlands();

    RegionalFiguresProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReportReceived event, @Timestamp Instant at, @SequenceNumber long sequence) {
        // the region recorded with the report: a later division of municipalities never moves a case
        String region = event.region() == null ? UNKNOWN_REGION : event.region();
        boolean opensCase = sequence == 0;
        if (opensCase) {
            jdbc.update("""
                    insert into figures_case (case_id, municipality, region, opened_at) values (?, ?, ?, ?)
                    on conflict (case_id) do nothing""",
                    event.caseId(), event.municipality().value(), region, time(at));
        }
        boolean report = event.contactType() == ContactType.REPORT;
        LocalDate receivedOn = day(at);
        Set<ViolenceCategory> categories = EnumSet.noneOf(ViolenceCategory.class);
        event.formsOfViolence().stream().map(FormOfViolence::category).forEach(categories::add);
        jdbc.update("""
                        insert into figures_contact (report_id, case_id, case_sequence, municipality, region,
                            received_at, received_on, contact_type, reporter_type, reporter_sector, child_abuse,
                            domestic_violence, elder_abuse, opened_case, repeat_of_case_id, triage_due_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (report_id) do nothing""",
                event.reportId(), event.caseId(), sequence, event.municipality().value(), region, time(at),
                receivedOn, event.contactType().name(), event.reporter().type().name(),
                event.reporter().sector() == null ? null : event.reporter().sector().name(),
                categories.contains(ViolenceCategory.CHILD_ABUSE),
                categories.contains(ViolenceCategory.DOMESTIC_VIOLENCE),
                categories.contains(ViolenceCategory.ELDER_ABUSE), opensCase,
                opensCase ? event.repeatOfCaseId() : null,
                report ? workingDays.addWorkingDays(receivedOn, TRIAGE_NORM_WORKING_DAYS) : null);
        if (report) {
            firstTime("first_report_at", event.caseId(), at);
        }
    }

    @EventHandler
    void on(CodeAssigned event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        if (event.code() == event.previousCode()) {
            // an investigation's findings confirmed the code: no code given, none changed
            return;
        }
        CaseFact fact = event.previousCode() == null ? CaseFact.FIRST_CODE : CaseFact.CODE_CHANGE;
        fact(eventId, event.caseId(), at, fact, event.code().name());
        firstTime("first_code_at", event.caseId(), at);
    }

    /** The first triage decision after a report triages it; the reports received later wait for the next one. */
    @EventHandler
    void on(TriageDecided event, @Timestamp Instant at, @SequenceNumber long sequence,
            @MessageIdentifier String eventId) {
        fact(eventId, event.caseId(), at, CaseFact.TRIAGE, event.outcome().name());
        jdbc.update("""
                update figures_contact set triaged_on = ?
                where case_id = ? and contact_type = 'REPORT' and case_sequence < ? and triaged_on is null""",
                day(at), event.caseId(), sequence);
    }

    @EventHandler
    void on(CoordinatorAppointed event, @Timestamp Instant at) {
        firstTime("first_coordinator_at", event.caseId(), at);
    }

    @EventHandler
    void on(FamilyPlanAdopted event, @Timestamp Instant at) {
        firstTime("plan_adopted_at", event.caseId(), at);
    }

    @EventHandler
    void on(EscalationRaised event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        fact(eventId, event.caseId(), at, CaseFact.ESCALATION, event.step().name());
    }

    /** The Meldpunt's process direction starts as at step 4 (seed 000 B2 §5.1.5). */
    @EventHandler
    void on(InadequateCoordinationReported event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        fact(eventId, event.caseId(), at, CaseFact.ESCALATION, EscalationStep.PROCESS_DIRECTOR.name());
    }

    /** Step 5 as seed 000 B2 §5.2.4 writes it. */
    @EventHandler
    void on(EscalatedToMeldpuntManager event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        fact(eventId, event.caseId(), at, CaseFact.ESCALATION, EscalationStep.ADMINISTRATIVE.name());
    }

    @EventHandler
    void on(HuisverbodImposed event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        fact(eventId, event.caseId(), at, CaseFact.HUISVERBOD_IMPOSED, "-");
    }

    @EventHandler
    void on(HuisverbodExtended event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        fact(eventId, event.caseId(), at, CaseFact.HUISVERBOD_EXTENDED, "-");
    }

    @EventHandler
    void on(HuisverbodEnded event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        fact(eventId, event.caseId(), at, CaseFact.HUISVERBOD_ENDED, event.reason().name());
    }

    /** The type of the organisation that told it, as its metadata recorded it (B2 §2.3: the task's owner). */
    @EventHandler
    void on(HelpStoppedEarly event, @Timestamp Instant at, @MessageIdentifier String eventId,
            @MetaDataValue(AuditMetadata.ORGANISATION_TYPE) String organisationType) {
        fact(eventId, event.caseId(), at, CaseFact.HELP_STOPPED_EARLY, recorded(organisationType));
    }

    @EventHandler
    void on(NoShowsReported event, @Timestamp Instant at, @MessageIdentifier String eventId,
            @MetaDataValue(AuditMetadata.ORGANISATION_TYPE) String organisationType) {
        fact(eventId, event.caseId(), at, CaseFact.NO_SHOWS, recorded(organisationType));
    }

    @EventHandler
    void on(ReporterInformed event, @Timestamp Instant at) {
        jdbc.update("""
                update figures_contact set first_informed_at = ?
                where report_id = ? and (first_informed_at is null or first_informed_at > ?)""",
                time(at), event.reportId(), time(at));
    }

    @EventHandler
    void on(CaseClosed event, @Timestamp Instant at) {
        jdbc.update("""
                update figures_case set closed_at = ?, closure_reason = ?
                where case_id = ? and closed_at is null""", time(at), event.reason().name(), event.caseId());
    }

    /**
     * A limit starts a new run, or moves the due moment of its open run. The moved run counts in the period of its new
     * due moment, and is no longer missed, as the case itself treats it. A run is only ever changed by a later event of
     * its case ({@code last_sequence}), and a new run is started only when none was open at this event, so handling
     * a case's events again, in order, changes nothing.
     */
    @EventHandler
    void on(TimeLimitSet event, @SequenceNumber long sequence) {
        if (!counted(event.limit())) {
            return;
        }
        String subject = subject(event.subject());
        jdbc.update("""
                update figures_time_limit set due_at = ?, due_on = ?, missed = false, last_sequence = ?
                where case_id = ? and time_limit = ? and subject = ? and started_sequence < ?
                  and (cleared_sequence is null or cleared_sequence > ?) and last_sequence < ?""",
                time(event.dueAt()), lastDay(event.dueAt()), sequence, event.caseId(), event.limit().name(), subject,
                sequence, sequence, sequence);
        jdbc.update("""
                insert into figures_time_limit (case_id, time_limit, subject, started_sequence, municipality, region,
                    due_at, due_on, missed, outcome, last_sequence)
                select c.case_id, ?, ?, ?, c.municipality, c.region, ?, ?, false, 'RUNNING', ? from figures_case c
                where c.case_id = ? and not exists (
                    select 1 from figures_time_limit l
                    where l.case_id = c.case_id and l.time_limit = ? and l.subject = ? and l.started_sequence <= ?
                      and (l.cleared_sequence is null or l.cleared_sequence > ?))
                on conflict do nothing""",
                event.limit().name(), subject, sequence, time(event.dueAt()), lastDay(event.dueAt()), sequence,
                event.caseId(),
                event.limit().name(), subject, sequence, sequence);
    }

    /** The open run passed its due moment unmet: late from now on, whatever comes after. */
    @EventHandler
    void on(DeadlineMissed event, @SequenceNumber long sequence) {
        if (!counted(event.limit())) {
            return;
        }
        jdbc.update("""
                update figures_time_limit set missed = true, last_sequence = ?
                where case_id = ? and time_limit = ? and subject = ? and started_sequence < ?
                  and (cleared_sequence is null or cleared_sequence > ?) and last_sequence < ?""",
                sequence, event.caseId(), event.limit().name(), subject(event.subject()), sequence, sequence,
                sequence);
    }

    /** The open run stopped: met, met late or withdrawn (a huisverbod's end, the only one to expire, is not kept). */
    @EventHandler
    void on(TimeLimitCleared event, @SequenceNumber long sequence) {
        if (!counted(event.limit())) {
            return;
        }
        jdbc.update("""
                update figures_time_limit set outcome = ?, cleared_sequence = ?, last_sequence = ?
                where case_id = ? and time_limit = ? and subject = ? and started_sequence < ?
                  and cleared_sequence is null and last_sequence < ?""",
                event.outcome().name(), sequence, sequence, event.caseId(), event.limit().name(),
                subject(event.subject()), sequence, sequence);
    }

    @ResetHandler
    void reset() {
        // the counts too: a truncate fires no row trigger
        jdbc.update("""
                truncate table figures_time_limit, figures_case_event, figures_contact, figures_case,
                    figures_count""");
    }

    /** @return whether the figures count this kind: the end of a huisverbod is a term that runs out, not one to meet */
    static boolean counted(TimeLimit limit) {
        return limit != TimeLimit.HUISVERBOD_END;
    }

    /** a detail cannot be null: NONE for an event recorded without an organisation type */
    private static String recorded(String organisationType) {
        return organisationType == null || organisationType.isBlank() ? FigureCatalogue.NO_TYPE : organisationType;
    }

    /** the key column cannot be null: '' for the limits a case has at most one of, as on the deadline board */
    private static String subject(String subject) {
        return subject == null ? "" : subject;
    }

    private void firstTime(String column, UUID caseId, Instant at) {
        jdbc.update("update figures_case set " + column + " = ? where case_id = ? and (" + column + " is null or "
                + column + " > ?)", time(at), caseId, time(at));
    }

    private void fact(String eventId, UUID caseId, Instant at, CaseFact fact, String detail) {
        jdbc.update("""
                insert into figures_case_event (event_id, case_id, occurred_at, fact, detail) values (?, ?, ?, ?, ?)
                on conflict (event_id) do nothing""", eventId, caseId, time(at), fact.name(), detail);
    }

    private static OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static LocalDate day(Instant at) {
        return at.atZone(Period.ZONE).toLocalDate();
    }

    /**
     * @return the last day a limit runs, in Dutch time: a limit of days runs out at midnight after its last day, which
     * belongs to that day (and its half-year), not to the next
     */
    static LocalDate lastDay(Instant dueAt) {
        return day(dueAt.minusNanos(1));
    }
}
