package nl.hgk.ledger.command.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import nl.hgk.ledger.calendar.WorkingDayCalendars;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/** The ledger's clock as the aggregate sees it in a fixture: the fixture's own time, which tests move forward. */
final class FixtureClock extends Clock {

    private final Supplier<Instant> now;

    private FixtureClock(Supplier<Instant> now) {
        this.now = now;
    }

    /** @return a fixture of the case aggregate with the resources its handlers take: the clock and working days */
    static FixtureConfiguration<Case> caseFixture() {
        return caseFixture(WorkingDayCalendars.netherlands());
    }

    /** @return a fixture whose regions have these working days */
    static FixtureConfiguration<Case> caseFixture(WorkingDayCalendars calendars) {
        AggregateTestFixture<Case> fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerInjectableResource(new FixtureClock(fixture::currentTime));
        fixture.registerInjectableResource(calendars);
        fixture.registerCommandDispatchInterceptor(FixtureActors.defaults());
        return fixture;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
