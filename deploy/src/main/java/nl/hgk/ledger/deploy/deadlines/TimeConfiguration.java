package nl.hgk.ledger.deploy.deadlines;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import nl.hgk.ledger.calendar.LedgerClock;
import nl.hgk.ledger.calendar.WorkingDayCalendars;
import nl.hgk.ledger.calendar.WorkingDays;
import nl.hgk.ledger.deploy.roles.NodeRole;
import nl.hgk.ledger.reference.Municipalities;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class TimeConfiguration {

    /** The one clock. */
    @Bean
    @ConditionalOnMissingBean
    LedgerClock ledgerClock() {
        return LedgerClock.system();
    }

    /**
     * Axon's event timestamps are taken from the ledger clock too. Axon keeps that clock in a static field, so when
     * the application stops it gives back the clock it found (several applications in one JVM, as in tests, must not
     * keep a stopped one's clock).
     */
    @Bean
    DisposableBean eventTimestampsFromTheLedgerClock(LedgerClock clock) {
        Clock before = GenericEventMessage.clock;
        GenericEventMessage.clock = clock;
        return () -> {
            if (GenericEventMessage.clock == clock) {
                GenericEventMessage.clock = before;
            }
        };
    }

    /** The working days of each region: the Dutch calendar with the configured extra closing days. */
    @Bean
    @ConditionalOnMissingBean
    WorkingDayCalendars workingDayCalendars(CalendarProperties calendar) {
        return calendar.calendars(Municipalities.load());
    }

    /** The working days every region shares: for counting where no region applies. */
    @Bean
    @ConditionalOnMissingBean
    WorkingDays workingDays(WorkingDayCalendars calendars) {
        return calendars.everywhere();
    }

    /**
     * db-scheduler on the ledger's database, reading the ledger clock: Axon's deadlines and the recurring tasks. Its connections take part in the command's
     * transaction (a deadline scheduled by a command that rolls back is never stored); Axon's auto-configuration
     * builds the deadline manager on it and registers its task.
     */
    @Bean
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, ObjectProvider<RecurringTask<?>> recurring,
                                LedgerClock clock,
                                @Value("${hgk.deadlines.polling-interval:PT5S}") Duration pollingInterval) {
        // a recurring task (the retention job) is started, which stores its first run unless one is stored already
        List<Task<?>> known = tasks.stream().filter(task -> !(task instanceof RecurringTask<?>)).toList();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), known)
                .startTasks(recurring.orderedStream().toList())
                .clock(clock::instant)
                .pollingInterval(pollingInterval)
                .threads(2)
                // each node by a name of its own: a node that dies is recognised by its missing heartbeat
                .schedulerName(new SchedulerName.Fixed("hgk-ledger-" + UUID.randomUUID()))
                .commitWhenAutocommitDisabled(false)
                .build();
    }

    /**
     * Starts the scheduler once the application is ready, and stops it before the database goes. Only on a node that
     * takes commands: a deadline or a recurring job gives commands, which a query node refuses ({@link NodeRole}).
     */
    @Bean
    SmartLifecycle deadlineSchedulerLifecycle(Scheduler scheduler, NodeRole role) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public boolean isAutoStartup() {
                return role.commands();
            }

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
