/**
 * The family plan view: what case workers and the coordinator of one household see of its case ("1 gezin, 1 plan,
 * 1 regisseur", seed 000 B2 §2.2-§3.2).
 * Who is in the household and in which role, the safety code and who set it, the coordinator (and a process director
 * while the case is escalated to step 4), the current plan version with its goals, tasks, safety agreements and
 * evaluation dates, the open escalation, a running huisverbod and its end date, the reports bundled into the case,
 * the organisations involved, and whether the case is open.
 * <p>
 * {@link nl.hgk.ledger.query.familyplan.FamilyPlanProjection} folds every event of a case into a
 * {@link nl.hgk.ledger.query.casestate.CaseState} and keeps it in its own table; the query
 * {@link nl.hgk.ledger.query.familyplan.FindFamilyPlan} answers it as a
 * {@link nl.hgk.ledger.query.familyplan.FamilyPlanView}, once or as a subscription that receives every change. Over
 * HTTP: {@code GET /api/family-plans/{caseId}}, which can wait until the view has caught up with a write
 * ({@code ?minVersion=}), and {@code GET /api/family-plans/{caseId}/updates}, a stream of Server-Sent Events for an
 * open screen.
 */
package nl.hgk.ledger.query.familyplan;
