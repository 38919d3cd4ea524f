package nl.hgk.ledger.command.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import nl.hgk.ledger.calendar.WorkingDayCalendars;
import nl.hgk.ledger.calendar.WorkingDays;
import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.Overdue;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * The time limits running in a case, and the only part of it that schedules and cancels deadlines. Every limit that
 * starts is recorded ({@link TimeLimitSet}) and watched by a deadline of its kind; meeting it or its no longer applying
 * is recorded ({@link TimeLimitCleared}) and cancels the deadline; a deadline that fires on a limit still running
 * records {@link DeadlineMissed}, and the limit stays running, overdue, until it is cleared. A missed limit never moves
 * the case by itself: escalating is a decision of the coordinator or the process director about stagnating help (seed
 * 000 B2 §5.1); the party accountable for the limit ({@link TimeLimit#raisedWith()}) is told and acts.
 * <p>
 * The other parts of the case say what their facts mean for the limits ("the investigation started"); how long each
 * limit runs is in {@link TimeLimits}.
 */
class CaseTimeLimits {

    private static final MetaData BY_THE_USER = MetaData.emptyInstance();

    private final Supplier<UUID> caseId;
    private final Supplier<String> region;
    private final Map<TimeLimits.Key, TimeLimits.Running> running = new LinkedHashMap<>();

    // what the command being handled works with; set by Case's guard for the length of one command
    private DeadlineManager deadlines;
    private Clock clock;
    private WorkingDayCalendars calendars;

    /** @param region the Veilig Thuis region of the case, whose working days count its limits */
    CaseTimeLimits(Supplier<UUID> caseId, Supplier<String> region) {
        this.caseId = caseId;
        this.region = region;
    }

    /** Runs a command of the case with the deadlines, the clock and the working days of every region. */
    Object during(DeadlineManager deadlines, Clock clock, WorkingDayCalendars calendars, Callable<Object> command)
            throws Exception {
        this.deadlines = deadlines;
        this.clock = clock;
        this.calendars = calendars;
        try {
            return command.call();
        } finally {
            this.deadlines = null;
            this.clock = null;
            this.calendars = null;
        }
    }

    Instant now() {
        return clock.instant();
    }

    /** @return the working days of the case's region (known once its first report is recorded) */
    WorkingDays workingDays() {
        return calendars.forRegion(region.get());
    }

    boolean isRunning(TimeLimit limit, String subject) {
        return running.containsKey(new TimeLimits.Key(limit, subject));
    }

    Collection<TimeLimits.Running> running() {
        return List.copyOf(running.values());
    }

    /**
     * Starts a limit, or moves the due moment of the running limit with the same subject. The id of the deadline that
     * watches it goes into the event's metadata, so that meeting the limit cancels just that deadline (cancelling by
     * name searches every scheduled deadline); it is the scheduler's business, not the published language's.
     */
    void start(TimeLimit limit, String subject, Instant dueAt) {
        TimeLimits.Due due = new TimeLimits.Due(limit, subject, dueAt);
        cancelDeadline(running.get(due.key()));
        String deadlineId = deadlines.schedule(dueAt, TimeLimits.deadlineName(limit), due);
        apply(new TimeLimitSet(caseId.get(), limit, subject, dueAt),
                BY_THE_USER.and(TimeLimits.DEADLINE_ID, deadlineId));
    }

    /** Like {@link #start}, but a limit running with this very due moment is left as it is. */
    void startUnlessDueAlready(TimeLimit limit, String subject, Instant dueAt) {
        TimeLimits.Running current = running.get(new TimeLimits.Key(limit, subject));
        if (current == null || !current.due().dueAt().equals(dueAt)) {
            start(limit, subject, dueAt);
        }
    }

    /** The limit was met: in time, or late when its due moment has passed. Nothing happens when it is not running. */
    void meet(TimeLimit limit, String subject) {
        TimeLimits.Running current = running.get(new TimeLimits.Key(limit, subject));
        if (current != null) {
            clear(List.of(new TimeLimits.Clearing(current.due(), met(current.due()))));
        }
    }

    /** A limit a case has one of no longer applies. Nothing happens when it is not running. */
    void withdraw(TimeLimit limit) {
        TimeLimits.Running current = running.get(new TimeLimits.Key(limit, null));
        if (current != null) {
            clear(List.of(new TimeLimits.Clearing(current.due(), TimeLimitOutcome.WITHDRAWN)));
        }
    }

    /** A closed case waits for nothing more. */
    void withdrawAll() {
        clear(running.values().stream()
                .map(current -> new TimeLimits.Clearing(current.due(), TimeLimitOutcome.WITHDRAWN)).toList());
    }

    /** Clears limits and cancels their deadlines; a limit already missed has no deadline left. */
    void clear(List<TimeLimits.Clearing> clearings) {
        for (TimeLimits.Clearing clearing : new ArrayList<>(clearings)) {
            TimeLimits.Due due = clearing.due();
            cancelDeadline(running.get(due.key()));
            apply(new TimeLimitCleared(caseId.get(), due.limit(), due.subject(), due.dueAt(), clearing.outcome()),
                    BY_THE_USER);
        }
    }

    /**
     * The limit whose deadline fires now ran out: cleared as expired, by the ledger. Its deadline is not cancelled:
     * the scheduler removes it once this handling is done, and refuses to cancel a deadline while it runs.
     */
    void expired(TimeLimits.Due due, MetaData by) {
        apply(new TimeLimitCleared(caseId.get(), due.limit(), due.subject(), due.dueAt(), TimeLimitOutcome.EXPIRED),
                by);
    }

    /** @return met in time, or late when the limit is overdue: the rule every screen shows it by ({@link Overdue}) */
    TimeLimitOutcome met(TimeLimits.Due due) {
        TimeLimits.Running current = running.get(due.key());
        boolean missed = current != null && current.missed();
        return Overdue.at(due.dueAt(), missed, clock.instant()) ? TimeLimitOutcome.MET_LATE : TimeLimitOutcome.MET;
    }

    /**
     * Cancels the deadline watching a running limit. A limit set without a deadline id keeps its deadline: when it
     * fires, the handler finds the limit no longer running and does nothing. A deadline that is being handled right
     * now is never cancelled (see {@link TimeLimits#firing}).
     */
    private void cancelDeadline(TimeLimits.Running current) {
        if (current != null && !current.missed() && current.deadlineId() != null
                && !TimeLimits.firing(current.due())) {
            deadlines.cancelSchedule(TimeLimits.deadlineName(current.due().limit()), current.deadlineId());
        }
    }

    /** @return whether the deadline is about a limit that is running with that due moment and has not been missed */
    boolean stillRunning(TimeLimits.Due due) {
        TimeLimits.Running current = running.get(due.key());
        return current != null && !current.missed() && current.due().dueAt().equals(due.dueAt());
    }

    // --- deadlines that fire ---------------------------------------------------------------------------------------

    /**
     * A deadline fired on a limit still running: the limit was missed. Recorded by the ledger itself, with why and
     * whom it is raised with; the limit stays running, overdue. The huisverbod's end is not missed but reached: the
     * {@link Huisverbod} handles its own deadline.
     */
    @DeadlineHandler
    void missed(TimeLimits.Due due) {
        if (due.limit() != TimeLimit.HUISVERBOD_END && stillRunning(due)) {
            apply(new DeadlineMissed(caseId.get(), due.limit(), due.subject(), due.dueAt()),
                    TimeLimits.bySystem(TimeLimits.reasonOnceDue(due) + "; gemeld aan "
                            + TimeLimits.dutchName(due.limit().raisedWith())));
        }
    }

    // --- state -----------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(TimeLimitSet event, @MetaDataValue(TimeLimits.DEADLINE_ID) String deadlineId) {
        TimeLimits.Due due = new TimeLimits.Due(event.limit(), event.subject(), event.dueAt());
        running.put(due.key(), new TimeLimits.Running(due, false, deadlineId));
    }

    @EventSourcingHandler
    void on(DeadlineMissed event) {
        running.computeIfPresent(new TimeLimits.Key(event.limit(), event.subject()),
                (key, current) -> new TimeLimits.Running(current.due(), true, current.deadlineId()));
    }

    @EventSourcingHandler
    void on(TimeLimitCleared event) {
        running.remove(new TimeLimits.Key(event.limit(), event.subject()));
    }
}
