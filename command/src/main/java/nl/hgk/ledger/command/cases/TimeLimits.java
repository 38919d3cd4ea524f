package nl.hgk.ledger.command.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import nl.hgk.ledger.calendar.WorkingDays;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import org.axonframework.messaging.MetaData;

/**
 * When the time limits of a case run out, and the names of their deadlines. Days are Dutch days
 * (Europe/Amsterdam): a limit "within 5 working days" runs out when the fifth working day after the report is over.
 */
final class TimeLimits {

    static final String TRIAGE = "triage-limit";
    static final String INVESTIGATION = "investigation-limit";
    static final String HUISVERBOD_END = "huisverbod-end";
    static final String PROCESS_DIRECTOR = "process-director-limit";

    static final int TRIAGE_WORKING_DAYS = 5;
    static final int PROCESS_DIRECTOR_WORKING_DAYS = 2;
    static final Duration INVESTIGATION_TERM = Duration.ofDays(7 * 10);

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** What a deadline carries: which limit, and when it ran out. */
    record Due(TimeLimit limit, Instant dueAt) {
    }

    /** What the end of a huisverbod carries: the end date it was scheduled for (an extension moves it). */
    record HuisverbodEnds(LocalDate endsOn) {
    }

    private TimeLimits() {
    }

    /** @return the end of the fifth working day after the day the report was received */
    static Instant triageDue(Instant received, WorkingDays workingDays) {
        return endOfWorkingDaysAfter(received, TRIAGE_WORKING_DAYS, workingDays);
    }

    /** @return the end of the second working day after the day the case was escalated to step 4 */
    static Instant processDirectorDue(Instant escalated, WorkingDays workingDays) {
        return endOfWorkingDaysAfter(escalated, PROCESS_DIRECTOR_WORKING_DAYS, workingDays);
    }

    /** A limit of n working days runs out when the n-th working day after the day it started is over. */
    private static Instant endOfWorkingDaysAfter(Instant start, int days, WorkingDays workingDays) {
        LocalDate lastDay = workingDays.addWorkingDays(start.atZone(AMSTERDAM).toLocalDate(), days);
        return startOf(lastDay.plusDays(1));
    }

    /** @return ten weeks after the investigation started */
    static Instant investigationDue(Instant started) {
        return started.plus(INVESTIGATION_TERM);
    }

    /** @return the end of the huisverbod's last day: the protection holds the whole of that day */
    static Instant huisverbodEnds(LocalDate endsOn) {
        return startOf(endsOn.plusDays(1));
    }

    /** @return the metadata of what the ledger itself records when a limit passes */
    static MetaData bySystem(String reason) {
        return MetaData.with(AuditMetadata.USER, "system")
                .and(AuditMetadata.ORGANISATION, "hgk-ledger")
                .and(AuditMetadata.ROLE, ActorRole.SYSTEM.name())
                .and(AuditMetadata.REASON, reason);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(AMSTERDAM).toInstant();
    }
}
