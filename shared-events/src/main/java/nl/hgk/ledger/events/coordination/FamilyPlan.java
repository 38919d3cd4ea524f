package nl.hgk.ledger.events.coordination;

import java.time.LocalDate;
import java.util.List;

/**
 * The content of one version of the family plan (1 gezin, 1 plan, 1 regisseur).
 *
 * @param goals            goals per life domain
 * @param tasks            who does what by when
 * @param safetyAgreements the safety agreements (veiligheidsafspraken)
 * @param evaluationDates  when the plan is evaluated
 * @param consents         consent per person
 */
public record FamilyPlan(List<Goal> goals,
                         List<PlanTask> tasks,
                         List<String> safetyAgreements,
                         List<LocalDate> evaluationDates,
                         List<Consent> consents) {
}
