package nl.hgk.ledger.command.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import nl.hgk.ledger.command.audit.Actors;
import nl.hgk.ledger.command.cases.EraseCaseData;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Erases the personal data of the closed cases whose retention period ended (as Dutch law sets it): a Veilig Thuis file
 * is kept until the youngest child of the household turns 18, plus {@code extraPeriod} where a child-protection
 * measure requires more; a case without children is kept {@code withoutChildren} after its closure. A case with a
 * child of unknown birth date is left alone (the rule cannot be applied; it is logged), and so is an open case.
 * Each erasure is a command given by the ledger itself (user {@code system}, role {@code SYSTEM}), with the rule as
 * its reason, so the case records it like any step. Days are Dutch days on the ledger clock.
 */
public final class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final Clock clock;
    private final Period extraPeriod;
    private final Period withoutChildren;

    /**
     * @param extraPeriod     how much longer than the youngest child's 18th birthday a file is kept (a
     *                        child-protection measure); zero for none
     * @param withoutChildren how long after its closure a case without children is kept
     */
    public RetentionJob(JdbcTemplate jdbc, CommandGateway commands, Clock clock, Period extraPeriod,
                        Period withoutChildren) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.clock = clock;
        this.extraPeriod = extraPeriod;
        this.withoutChildren = withoutChildren;
    }

    /** @return how many cases had their personal data erased in this run */
    public int run() {
        LocalDate today = clock.instant().atZone(AMSTERDAM).toLocalDate();
        LocalDate adultBy = today.minus(extraPeriod);
        LocalDate closedBy = today.minus(withoutChildren);
        List<UUID> withChildren = jdbc.queryForList("""
                select case_id from case_retention
                where erased_subjects < subjects and closed_on is not null and not child_without_birth_date
                  and adult_on <= ? order by adult_on""", UUID.class, adultBy);
        List<UUID> childless = jdbc.queryForList("""
                select case_id from case_retention
                where erased_subjects < subjects and closed_on is not null and not child_without_birth_date
                  and adult_on is null and closed_on <= ? order by closed_on""", UUID.class, closedBy);
        int erased = erase(withChildren, "bewaartermijn Veilig Thuis-dossier verstreken: het jongste kind van het "
                + "huishouden is " + CaseRetention.ADULT_AGE + " jaar" + (extraPeriod.isZero() ? ""
                : ", plus " + extraPeriod + " voor een kinderbeschermingsmaatregel"))
                + erase(childless, "bewaartermijn Veilig Thuis-dossier verstreken: " + withoutChildren
                + " na afsluiting, geen kinderen in het huishouden");
        if (erased > 0) {
            log.info("retention: the personal data of {} closed case(s) erased", erased);
        }
        return erased;
    }

    private int erase(List<UUID> cases, String rule) {
        int erased = 0;
        for (UUID caseId : cases) {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new EraseCaseData(caseId))
                        .andMetaData(Actors.system(rule)));
                erased++;
            } catch (RuntimeException e) {
                // one case that fails must not keep the others' data beyond their period; the next run tries again
                log.error("retention: the personal data of case {} could not be erased", caseId, e);
            }
        }
        return erased;
    }
}
