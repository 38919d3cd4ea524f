package nl.hgk.ledger.command.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;
import nl.hgk.ledger.events.huisverbod.HuisverbodEnded;
import nl.hgk.ledger.events.huisverbod.HuisverbodExtended;
import nl.hgk.ledger.events.huisverbod.HuisverbodImposed;
import nl.hgk.ledger.reference.MunicipalityCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;

/**
 * The tijdelijk huisverbod of a case (Wet tijdelijk huisverbod): imposed by the mayor for 10 days, extended to at most
 * 28 days in all, ended early by the mayor or a court, or expiring at its end. A case is not closed while one runs.
 * <p>
 * Who may impose, extend or end it (law; seed 004 §3.1 "ligt de bevoegdheid bij de burgemeesters"): the mayor's office
 * of the municipality the household lives in, and no other ({@link #requireTheCasesMayor}); a police hulpofficier van
 * justitie imposes one on the mayor's behalf, which the event's metadata records (the police organisation and the
 * qualification), but only the mayor extends or ends it ({@link nl.hgk.ledger.access.Capacities} refuses the police
 * those steps); the ledger itself ends one that expired.
 */
class Huisverbod {

    /** a huisverbod lasts ten days from the day it is imposed */
    static final int DAYS = 10;
    /** with extensions it never lasts longer than 28 days in total */
    static final int MAX_DAYS = 28;
    /**
     * a huisverbod is recorded on the day it is imposed or within this many days after (a weekend, a holiday): an
     * older date would record a huisverbod mostly over, or long over, as if it protected the family now
     */
    static final int RECORDED_WITHIN_DAYS = 3;

    private final Supplier<UUID> caseId;
    private final Supplier<MunicipalityCode> municipality;
    private final CaseParties parties;
    private final CaseTimeLimits limits;
    private LocalDate imposedOn;
    private LocalDate endsOn;

    Huisverbod(Supplier<UUID> caseId, Supplier<MunicipalityCode> municipality, CaseParties parties,
               CaseTimeLimits limits) {
        this.caseId = caseId;
        this.municipality = municipality;
        this.parties = parties;
        this.limits = limits;
    }

    boolean isRunning() {
        return endsOn != null;
    }

    LocalDate endsOn() {
        return endsOn;
    }

    @CommandHandler
    long handle(ImposeHuisverbod command, LedgerUser actor) {
        requireTheCasesMayor(actor);
        if (isRunning()) {
            throw new CommandRefused(Refusal.HUISVERBOD_RUNNING, "a huisverbod is running until " + endsOn);
        }
        if (!parties.isPerson(command.personId())) {
            throw new CommandRefused(Refusal.UNKNOWN_PERSON, "the person is not involved in this case");
        }
        LocalDate today = CaseDates.today(limits.now());
        if (command.imposedOn().isAfter(today)) {
            throw new CommandRefused(Refusal.HUISVERBOD_IMPOSED_IN_FUTURE,
                    "a huisverbod is recorded once imposed, not before: " + command.imposedOn() + " is still to come");
        }
        if (command.imposedOn().isBefore(today.minusDays(RECORDED_WITHIN_DAYS))) {
            throw new CommandRefused(Refusal.HUISVERBOD_IMPOSED_TOO_LONG_AGO, "a huisverbod is recorded within "
                    + RECORDED_WITHIN_DAYS + " days of being imposed, not on " + command.imposedOn());
        }
        LocalDate end = command.imposedOn().plusDays(DAYS);
        apply(new HuisverbodImposed(caseId.get(), command.personId(), command.imposedOn(), end));
        limits.start(TimeLimit.HUISVERBOD_END, null, TimeLimits.endOf(end));
        return CaseVersions.current();
    }

    @CommandHandler
    long handle(ExtendHuisverbod command, LedgerUser actor) {
        requireTheCasesMayor(actor);
        requireRunning();
        if (!command.endsOn().isAfter(endsOn)) {
            throw new CommandRefused(Refusal.EXTENSION_NOT_LATER, "an extension ends after the current end, " + endsOn);
        }
        LocalDate latest = imposedOn.plusDays(MAX_DAYS);
        if (command.endsOn().isAfter(latest)) {
            throw new CommandRefused(Refusal.HUISVERBOD_TOO_LONG,
                    "a huisverbod lasts at most " + MAX_DAYS + " days: until " + latest + " at the latest");
        }
        apply(new HuisverbodExtended(caseId.get(), endsOn, command.endsOn()));
        limits.start(TimeLimit.HUISVERBOD_END, null, TimeLimits.endOf(command.endsOn()));
        return CaseVersions.current();
    }

    @CommandHandler
    long handle(EndHuisverbod command, LedgerUser actor) {
        requireTheCasesMayor(actor);
        requireRunning();
        if (command.endedOn().isAfter(CaseDates.today(limits.now()))) {
            throw new CommandRefused(Refusal.END_IN_FUTURE,
                    "a huisverbod is recorded as ended once it ended: " + command.endedOn() + " is still to come");
        }
        if (command.reason() == HuisverbodEndReason.EXPIRED && command.endedOn().isBefore(endsOn)) {
            throw new CommandRefused(Refusal.EXPIRED_BEFORE_END,
                    "the huisverbod runs until " + endsOn + "; it cannot have expired on " + command.endedOn());
        }
        if (command.endedOn().isBefore(imposedOn)) {
            throw new CommandRefused(Refusal.END_BEFORE_START,
                    "a huisverbod cannot end before it was imposed, on " + imposedOn);
        }
        if (command.endedOn().isAfter(endsOn)) {
            throw new CommandRefused(Refusal.END_AFTER_TERM,
                    "the huisverbod ran until " + endsOn + "; it cannot end later");
        }
        apply(new HuisverbodEnded(caseId.get(), command.endedOn(), command.reason()));
        limits.withdraw(TimeLimit.HUISVERBOD_END);
        return CaseVersions.current();
    }

    /** A huisverbod that reached its end without an extension ends. */
    @DeadlineHandler(deadlineName = TimeLimits.HUISVERBOD_END)
    void reachedItsEnd(TimeLimits.Due due) {
        if (limits.stillRunning(due)) {
            MetaData bySystem = TimeLimits.bySystem(TimeLimits.reasonOnceDue(due));
            apply(new HuisverbodEnded(caseId.get(), endsOn, HuisverbodEndReason.EXPIRED), bySystem);
            limits.expired(due, bySystem);
        }
    }

    /**
     * A mayor's power over a huisverbod is over their own municipality's residents: the mayor of another municipality
     * takes no step in this case's huisverbod. Which types of organisation take which step at all is
     * {@link nl.hgk.ledger.access.Capacities}'s (the police impose only, as hulpofficier van justitie).
     */
    private void requireTheCasesMayor(LedgerUser actor) {
        if (actor.organisationType() == OrganisationType.MAYOR
                && !municipality.get().value().equals(actor.municipality())) {
            throw new CommandRefused(Refusal.NOT_THE_CASES_MAYOR, "the household lives in " + municipality.get()
                    + ": a huisverbod there is for its mayor, not for the mayor of " + actor.municipality());
        }
    }

    private void requireRunning() {
        if (!isRunning()) {
            throw new CommandRefused(Refusal.NO_HUISVERBOD_RUNNING, "no huisverbod is running");
        }
    }

    @EventSourcingHandler
    void on(HuisverbodImposed event) {
        imposedOn = event.imposedOn();
        endsOn = event.endsOn();
    }

    @EventSourcingHandler
    void on(HuisverbodExtended event) {
        endsOn = event.endsOn();
    }

    @EventSourcingHandler
    void on(HuisverbodEnded event) {
        imposedOn = null;
        endsOn = null;
    }
}
