package nl.hgk.ledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.coordination.ConsentDecision;
import nl.hgk.ledger.events.coordination.LifeDomain;
import nl.hgk.ledger.events.coordination.TaskStatus;
import nl.hgk.ledger.events.delivery.EarlyStopCause;
import nl.hgk.ledger.events.delivery.FormOfHelp;
import nl.hgk.ledger.events.delivery.HelpEffect;
import nl.hgk.ledger.events.delivery.NoShowCause;
import nl.hgk.ledger.events.delivery.NoticeKind;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.FormOfViolence;
import nl.hgk.ledger.events.intake.ReporterSector;
import nl.hgk.ledger.events.intake.ReporterType;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.events.triage.InvestigationConclusion;
import nl.hgk.ledger.events.triage.ProcessDirection;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.events.triage.TriageOutcome;
import nl.hgk.ledger.query.casestate.CaseState;
import org.junit.jupiter.api.Test;

/** Every value has its own Dutch word: no two values of one enumeration read the same, none is left in English. */
class DutchLabelsTest {

    @Test
    void everyValueHasItsOwnDutchLabel() {
        distinct(SafetyCode.class, DutchLabels::code);
        distinct(ProcessDirection.class, DutchLabels::processDirection);
        distinct(ContactType.class, DutchLabels::contactType);
        distinct(ReporterType.class, DutchLabels::reporterType);
        distinct(ReporterType.class, DutchLabels::reporterWithArticle);
        distinct(ReporterSector.class, DutchLabels::sector);
        distinct(FormOfViolence.class, DutchLabels::form);
        distinct(PersonRole.class, DutchLabels::personRole);
        distinct(PersonRole.class, DutchLabels::personByRole);
        distinct(TriageOutcome.class, DutchLabels::triageOutcome);
        distinct(InvestigationConclusion.class, DutchLabels::conclusion);
        distinct(EscalationStep.class, DutchLabels::escalationStep);
        distinct(ClosureReason.class, DutchLabels::closureReason);
        distinct(HuisverbodEndReason.class, DutchLabels::huisverbodEndReason);
        distinct(ConsentDecision.class, DutchLabels::consent);
        distinct(LifeDomain.class, DutchLabels::lifeDomain);
        distinct(TaskStatus.class, DutchLabels::taskStatus);
        distinct(CaseState.Status.class, DutchLabels::status);
        distinct(ActorRole.class, DutchLabels::actorRole);
        distinct(NoticeKind.class, DutchLabels::noticeKind);
        distinct(HelpEffect.class, DutchLabels::helpEffect);
        distinct(EarlyStopCause.class, DutchLabels::earlyStopCause);
        distinct(NoShowCause.class, DutchLabels::noShowCause);
        distinct(FormOfHelp.class, DutchLabels::formOfHelp);
    }

    @Test
    void theWordsInspectorsKnow() {
        assertThat(DutchLabels.code(SafetyCode.ORANGE)).isEqualTo("ORANJE");
        assertThat(DutchLabels.escalationStep(EscalationStep.PROCESS_DIRECTOR)).isEqualTo("stap 4 (procesregisseur)");
        assertThat(DutchLabels.closureReason(ClosureReason.CARE_COMPLETED)).isEqualTo("zorg afgerond");
        assertThat(DutchLabels.actorRole("COORDINATOR")).isEqualTo("zorgcoördinator");
    }

    @Test
    void aRoleRecordedByALaterVersionIsShownAsRecorded() {
        assertThat(DutchLabels.actorRole("AUDITOR")).isEqualTo("AUDITOR");
        assertThat(DutchLabels.actorRole((String) null)).isNull();
    }

    private static <E extends Enum<E>> void distinct(Class<E> type, Function<E, String> label) {
        List<String> labels = Arrays.stream(type.getEnumConstants()).map(label).toList();
        assertThat(labels).as(type.getSimpleName()).doesNotHaveDuplicates().allSatisfy(text -> assertThat(text)
                .isNotBlank()
                .isNotIn(Arrays.stream(type.getEnumConstants()).map(Enum::name).filter(name -> !name.equals(text))
                        .toList()));
        for (E value : type.getEnumConstants()) {
            if (value.name().length() > 3) {
                // only the colours' Dutch names are capitals; a constant name shown as such is untranslated
                assertThat(label.apply(value)).as("%s.%s", type.getSimpleName(), value).isNotEqualTo(value.name());
            }
        }
    }
}
