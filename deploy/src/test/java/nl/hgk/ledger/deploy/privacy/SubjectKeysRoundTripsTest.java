package nl.hgk.ledger.deploy.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.FormOfViolence;
import nl.hgk.ledger.events.intake.HouseholdKey;
import nl.hgk.ledger.events.intake.ReportReceived;
import nl.hgk.ledger.events.intake.Reporter;
import nl.hgk.ledger.events.intake.ReporterSector;
import nl.hgk.ledger.events.intake.ReporterType;
import nl.hgk.ledger.events.person.InvolvedPerson;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.events.person.PersonalData;
import nl.hgk.ledger.reference.MunicipalityCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keys of a command's data subjects cost one statement, however many people a report names, and batching them
 * gives up neither rule of the keys: a key stored by another wins, and a destroyed key is never made again.
 */
class SubjectKeysRoundTripsTest {

    private static EmbeddedPostgres postgres;
    private static CountingJdbc jdbc;

    private final SubjectKeys keys = new SubjectKeys(jdbc, Duration.ofMinutes(5), 1000);
    private final ObjectMapper events = JsonMapper.builder().addModule(new JavaTimeModule())
            .addModule(new PersonalDataEncryption(keys)).build();

    private final UUID reportId = UUID.randomUUID();
    private final UUID victim = UUID.randomUUID();
    private final UUID perpetrator = UUID.randomUUID();
    private final UUID child = UUID.randomUUID();
    private final ReportReceived report = new ReportReceived(UUID.randomUUID(), reportId, new HouseholdKey("hh-2"),
            MunicipalityCode.of("GM0505"), "VT24", ContactType.REPORT,
            new Reporter(ReporterType.PROFESSIONAL, ReporterSector.EDUCATION,
                    new PersonalData("J. de Mentor", null, null, null, "mentor@school.example")),
            Set.of(FormOfViolence.PARTNER_VIOLENCE),
            List.of(person(victim, PersonRole.VICTIM, "Anna Jansen"),
                    person(perpetrator, PersonRole.PERPETRATOR, "Bert Jansen"),
                    person(child, PersonRole.CHILD, "Sam Jansen")),
            null);

    /** Counts the statements sent: every query and update with parameters goes through one of these methods. */
    static final class CountingJdbc extends JdbcTemplate {
        final AtomicInteger statements = new AtomicInteger();

        CountingJdbc(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        public <T> T query(PreparedStatementCreator creator, PreparedStatementSetter setter,
                           ResultSetExtractor<T> extractor) throws DataAccessException {
            statements.incrementAndGet();
            return super.query(creator, setter, extractor);
        }

        @Override
        protected int update(PreparedStatementCreator creator, PreparedStatementSetter setter)
                throws DataAccessException {
            statements.incrementAndGet();
            return super.update(creator, setter);
        }
    }

    @BeforeAll
    static void database() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        jdbc = new CountingJdbc(postgres.getPostgresDatabase());
        jdbc.execute(Files.readString(Path.of("src/main/resources/db/migration/V20__subject_keys.sql")));
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void theSubjectsOfAReportAreFoundAsTheEncryptionScopesThem() {
        assertThat(PersonalDataEncryption.subjectsOf(report, events))
                .containsExactlyInAnyOrder(reportId, victim, perpetrator, child);
    }

    @Test
    void aReportsFourKeysAreMadeAndUsedWithOneStatement() {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        int before = jdbc.statements.get();

        String stored = transaction.execute(tx -> {
            keys.prepareForEncryption(PersonalDataEncryption.subjectsOf(report, events));
            return write(report);
        });

        assertThat(jdbc.statements.get() - before).isEqualTo(1);
        assertThat(stored).doesNotContain("Anna Jansen").contains(victim.toString());
        assertThat(jdbc.queryForObject("select count(*) from subject_key where subject in (?, ?, ?, ?)",
                Integer.class, reportId, victim, perpetrator, child)).isEqualTo(4);
    }

    @Test
    void statementsAreCounted() {
        int before = jdbc.statements.get();
        keys.forDecryption(UUID.randomUUID());
        assertThat(jdbc.statements.get() - before).isEqualTo(1);
    }

    @Test
    void aKeyStoredByAnotherIsTheOneUsed() throws IOException {
        SubjectKeys otherNode = new SubjectKeys(jdbc, Duration.ofMinutes(5), 1000);
        otherNode.prepareForEncryption(List.of(victim));

        keys.prepareForEncryption(List.of(victim, child));
        String stored = write(report);

        ObjectMapper otherReader = JsonMapper.builder().addModule(new JavaTimeModule())
                .addModule(new PersonalDataEncryption(otherNode)).build();
        ReportReceived read = otherReader.readValue(stored, ReportReceived.class);
        assertThat(read.persons().get(0).personalData().fullName()).isEqualTo("Anna Jansen");
    }

    @Test
    void aDestroyedKeyIsNeverMadeAgain() {
        keys.prepareForEncryption(List.of(victim));
        keys.destroy(victim);
        SubjectKeys afterRestart = new SubjectKeys(jdbc, Duration.ofMinutes(5), 1000);

        afterRestart.prepareForEncryption(List.of(victim, child));

        assertThatThrownBy(() -> afterRestart.forEncryption(victim)).isInstanceOf(SubjectErasedException.class);
        assertThat(jdbc.queryForObject("select keyset is null from subject_key where subject = ?", Boolean.class,
                victim)).isTrue();
        assertThat(afterRestart.forDecryption(victim)).isEmpty();
        assertThat(afterRestart.forDecryption(child)).isPresent();
    }

    @Test
    void aKeyMadeInATransactionThatRolledBackIsForgotten() {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        transaction.executeWithoutResult(tx -> {
            keys.prepareForEncryption(List.of(child));
            tx.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("select count(*) from subject_key where subject = ?", Integer.class, child))
                .isZero();
        assertThat(keys.forDecryption(child)).isEmpty();
    }

    private String write(Object value) {
        try {
            return new String(events.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvolvedPerson person(UUID id, PersonRole role, String name) {
        return new InvolvedPerson(id, role, new PersonalData(name, null, LocalDate.of(1990, 1, 1), null, null));
    }
}
