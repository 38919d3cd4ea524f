package nl.hgk.ledger.command.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import nl.hgk.ledger.calendar.WorkingDays;
import nl.hgk.ledger.command.audit.Actors;
import nl.hgk.ledger.events.deadlines.AccountableParty;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * When the time limits of a case run out, and the names of their deadlines. Days are Dutch days
 * (Europe/Amsterdam): a limit "within 5 working days" runs out when the fifth working day after the report is over.
 */
final class TimeLimits {

    static final String TRIAGE = "triage-limit";
    static final String INVESTIGATION = "investigation-limit";
    static final String HUISVERBOD_END = "huisverbod-end";
    static final String PROCESS_DIRECTOR = "process-director-limit";
    static final String CASE_CONFERENCE = "case-conference-limit";
    static final String CARE_MEETING = "care-meeting-limit";
    static final String WRITTEN_CONFIRMATION = "written-confirmation-limit";
    static final String PLAN_EVALUATION = "plan-evaluation-limit";
    static final String TASK = "task-limit";
    static final String CARE_ORDER = "care-order-limit";

    /** the metadata key of a {@code TimeLimitSet} holding the id of the deadline that watches the limit */
    static final String DEADLINE_ID = "deadlineId";

    static final int TRIAGE_WORKING_DAYS = 5;
    static final int PROCESS_DIRECTOR_WORKING_DAYS = 2;
    static final int CASE_CONFERENCE_WORKING_DAYS = 2;
    static final int CARE_MEETING_WORKING_DAYS = 2;
    static final Duration INVESTIGATION_TERM = Duration.ofDays(7 * 10);
    static final Duration WRITTEN_CONFIRMATION_TERM = Duration.ofHours(24);

    /** What a deadline carries: which limit, about what, and when it runs out. */
    record Due(TimeLimit limit, String subject, Instant dueAt) {

        Key key() {
            return new Key(limit, subject);
        }
    }

    /** Identifies a running limit of a case: the kind, and what it is about when a case can have several. */
    record Key(TimeLimit limit, String subject) {
    }

    /** A running limit to stop, and how it stopped. */
    record Clearing(Due due, TimeLimitOutcome outcome) {
    }

    /**
     * A limit that is running: due at a moment, whether that moment already passed (it is then overdue), and the id
     * of the deadline that watches it (absent when unknown).
     */
    record Running(Due due, boolean missed, String deadlineId) {
    }

    private TimeLimits() {
    }

    /** @return the name of the deadlines of a kind of limit (stable: scheduled deadlines are stored by it) */
    static String deadlineName(TimeLimit limit) {
        return switch (limit) {
            case TRIAGE -> TRIAGE;
            case INVESTIGATION -> INVESTIGATION;
            case PROCESS_DIRECTOR -> PROCESS_DIRECTOR;
            case CASE_CONFERENCE -> CASE_CONFERENCE;
            case CARE_MEETING -> CARE_MEETING;
            case WRITTEN_CONFIRMATION -> WRITTEN_CONFIRMATION;
            case PLAN_EVALUATION -> PLAN_EVALUATION;
            case TASK -> TASK;
            case HUISVERBOD_END -> HUISVERBOD_END;
            case CARE_ORDER -> CARE_ORDER;
        };
    }

    /** @return the end of the fifth working day after the day the report was received */
    static Instant triageDue(Instant received, WorkingDays workingDays) {
        return endOfWorkingDaysAfter(received, TRIAGE_WORKING_DAYS, workingDays);
    }

    /** @return the end of the second working day after the day the case was escalated to step 4 */
    static Instant processDirectorDue(Instant escalated, WorkingDays workingDays) {
        return endOfWorkingDaysAfter(escalated, PROCESS_DIRECTOR_WORKING_DAYS, workingDays);
    }

    /** @return the end of the second working day after the day an urgent care meeting was called */
    static Instant careMeetingDue(Instant called, WorkingDays workingDays) {
        return endOfWorkingDaysAfter(called, CARE_MEETING_WORKING_DAYS, workingDays);
    }

    /** A limit of n working days runs out when the n-th working day after the day it started is over. */
    private static Instant endOfWorkingDaysAfter(Instant start, int days, WorkingDays workingDays) {
        LocalDate lastDay = workingDays.addWorkingDays(start.atZone(CaseDates.AMSTERDAM).toLocalDate(), days);
        return startOf(lastDay.plusDays(1));
    }

    /** @return ten weeks after the investigation started */
    static Instant investigationDue(Instant started) {
        return started.plus(INVESTIGATION_TERM);
    }

    /** @return 24 hours after the oral decision */
    static Instant writtenConfirmationDue(Instant decidedAt) {
        return decidedAt.plus(WRITTEN_CONFIRMATION_TERM);
    }

    /**
     * @return the end of a day in the Netherlands: a huisverbod protects the whole of its last day, a task or an
     * evaluation dated on a day may be done until that day is over
     */
    static Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }

    /** @return the metadata of what the ledger itself records when a limit passes */
    static MetaData bySystem(String reason) {
        return Actors.system(reason);
    }

    /** @return why the ledger acts once a limit is due and still running, in the words of the history */
    static String reasonOnceDue(Due due) {
        return switch (due.limit()) {
            case TRIAGE -> "triagetermijn van " + TRIAGE_WORKING_DAYS + " werkdagen verstreken";
            case INVESTIGATION -> "onderzoekstermijn van 10 weken verstreken";
            case PROCESS_DIRECTOR -> "geen procesregisseur binnen " + PROCESS_DIRECTOR_WORKING_DAYS + " werkdagen";
            case CARE_MEETING -> "zorgoverleg niet gehouden binnen de termijn van de procesregisseur";
            // only for urgent case conferences recorded before seed 000 B2 §5.1.2 was read right
            case CASE_CONFERENCE -> "spoedcasusoverleg niet binnen " + CASE_CONFERENCE_WORKING_DAYS
                    + " werkdagen gehouden";
            case WRITTEN_CONFIRMATION -> "bestuurlijk besluit niet binnen 24 uur schriftelijk bevestigd";
            case PLAN_EVALUATION -> "evaluatie van het plan van " + due.subject() + " niet vastgelegd";
            case TASK -> "taak uit het plan niet op tijd gedaan";
            case HUISVERBOD_END -> "einddatum van het huisverbod bereikt zonder verlenging";
            case CARE_ORDER -> "opgedragen zorg niet afgesloten aan het einde van de afgesproken periode";
        };
    }

    /** @return how the reason of a missed limit names the party it is raised with */
    static String dutchName(AccountableParty party) {
        return switch (party) {
            case VEILIG_THUIS_MANAGEMENT -> "het management van Veilig Thuis";
            case MELDPUNT_MANAGER -> "de manager van het Meldpunt Zorg en Overlast";
            case PROCESS_DIRECTOR -> "de procesregisseur";
            case MUNICIPALITY -> "de gemeente";
            case COORDINATOR -> "de regisseur";
            case MAYOR -> "de burgemeester";
        };
    }

    /**
     * @return whether the deadline of this limit is the one being handled right now. A deadline that fires is removed
     * by the scheduler once its handler is done; cancelling it from inside that handler makes the scheduler refuse
     * (the task is executing), fail the handling, and retry it for ever.
     */
    static boolean firing(Due due) {
        return CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().getMessage() instanceof DeadlineMessage<?> deadline
                && deadline.getPayload() instanceof Due firing
                && firing.key().equals(due.key());
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(CaseDates.AMSTERDAM).toInstant();
    }
}
