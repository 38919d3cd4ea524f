package nl.hgk.ledger.access;

import static nl.hgk.ledger.events.audit.OrganisationType.CHILD_PROTECTION;
import static nl.hgk.ledger.events.audit.OrganisationType.LOCAL_TEAM;
import static nl.hgk.ledger.events.audit.OrganisationType.MAYOR;
import static nl.hgk.ledger.events.audit.OrganisationType.MELDPUNT;
import static nl.hgk.ledger.events.audit.OrganisationType.MUNICIPALITY;
import static nl.hgk.ledger.events.audit.OrganisationType.POLICE;
import static nl.hgk.ledger.events.audit.OrganisationType.PROVIDER;
import static nl.hgk.ledger.events.audit.OrganisationType.VEILIG_THUIS;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.audit.Qualification;

/**
 * Which type of organisation may take which step of a case: the one table of who may do what in their own capacity
 * (also in the README; {@code CapacitiesTest} checks both). It decides by the organisation's type only; where a step
 * belongs to one party of the case (its coordinator, its process director), the case decides that as well
 * ({@link CaseStep} says where). The role someone signs in with decides which endpoints they use at all, the
 * {@link AccessPolicy} which cases they reach.
 * <p>
 * The seeds: Veilig Thuis assigns the code, decides triage and investigates (seed 000 §3.3); the mayor imposes,
 * extends and ends a huisverbod, a police hulpofficier van justitie may impose one on the mayor's behalf (law; seed 004
 * §3.1); the Meldpunt appoints the process director, who decides at step 4 (seed 000 B2 §5.2); the client's
 * municipality decides at step 5 (B2 §5.2.4); the coordinator, who may come from any party that delivers care, raises
 * escalations, adopts and revises the plan (B2 §2.2-§4).
 */
public final class Capacities {

    /** the parties that deliver care, and so may coordinate a family's care and own a task of its plan */
    private static final Set<OrganisationType> CARE = EnumSet.of(VEILIG_THUIS, LOCAL_TEAM, PROVIDER, CHILD_PROTECTION);
    private static final Set<OrganisationType> EVERY_TYPE = EnumSet.allOf(OrganisationType.class);

    private static final Map<CaseStep, Set<OrganisationType>> TAKEN_BY = new EnumMap<>(CaseStep.class);

    static {
        TAKEN_BY.put(CaseStep.REPORT, EVERY_TYPE);
        TAKEN_BY.put(CaseStep.ASSIGN_CODE, EnumSet.of(VEILIG_THUIS));
        TAKEN_BY.put(CaseStep.DECIDE_TRIAGE, EnumSet.of(VEILIG_THUIS));
        TAKEN_BY.put(CaseStep.START_INVESTIGATION, EnumSet.of(VEILIG_THUIS));
        TAKEN_BY.put(CaseStep.CONCLUDE_INVESTIGATION, EnumSet.of(VEILIG_THUIS));
        TAKEN_BY.put(CaseStep.INFORM_REPORTER, EnumSet.of(VEILIG_THUIS));
        TAKEN_BY.put(CaseStep.APPOINT_COORDINATOR, EnumSet.of(VEILIG_THUIS, LOCAL_TEAM));
        TAKEN_BY.put(CaseStep.REPLACE_COORDINATOR, union(CARE, EnumSet.of(MELDPUNT)));
        TAKEN_BY.put(CaseStep.ADOPT_FAMILY_PLAN, CARE);
        TAKEN_BY.put(CaseStep.REVISE_FAMILY_PLAN, CARE);
        TAKEN_BY.put(CaseStep.EVALUATE_FAMILY_PLAN, CARE);
        TAKEN_BY.put(CaseStep.RAISE_ESCALATION, CARE);
        TAKEN_BY.put(CaseStep.HOLD_CASE_CONFERENCE, CARE);
        TAKEN_BY.put(CaseStep.RECORD_CARE_AVOIDANCE, CARE);
        TAKEN_BY.put(CaseStep.REPORT_INADEQUATE_COORDINATION, union(CARE, EnumSet.of(POLICE)));
        TAKEN_BY.put(CaseStep.APPOINT_PROCESS_DIRECTOR, EnumSet.of(MELDPUNT));
        TAKEN_BY.put(CaseStep.CALL_CARE_MEETING, EnumSet.of(MELDPUNT));
        TAKEN_BY.put(CaseStep.HOLD_CARE_MEETING, EnumSet.of(MELDPUNT));
        TAKEN_BY.put(CaseStep.ORDER_CARE, EnumSet.of(MELDPUNT));
        TAKEN_BY.put(CaseStep.CONCLUDE_CARE_ORDER, EnumSet.of(MELDPUNT));
        TAKEN_BY.put(CaseStep.RETURN_COORDINATION, EnumSet.of(MELDPUNT));
        TAKEN_BY.put(CaseStep.CONSULT_PARTY_MANAGERS, EnumSet.of(MELDPUNT));
        TAKEN_BY.put(CaseStep.ESCALATE_TO_MELDPUNT_MANAGER, EnumSet.of(MELDPUNT));
        TAKEN_BY.put(CaseStep.RECORD_ADMINISTRATIVE_DECISION, EnumSet.of(MUNICIPALITY));
        TAKEN_BY.put(CaseStep.CONFIRM_ADMINISTRATIVE_DECISION, EnumSet.of(MUNICIPALITY));
        TAKEN_BY.put(CaseStep.RESOLVE_ESCALATION, union(CARE, EnumSet.of(MELDPUNT)));
        TAKEN_BY.put(CaseStep.IMPOSE_HUISVERBOD, EnumSet.of(MAYOR, POLICE));
        TAKEN_BY.put(CaseStep.EXTEND_HUISVERBOD, EnumSet.of(MAYOR));
        TAKEN_BY.put(CaseStep.END_HUISVERBOD, EnumSet.of(MAYOR));
        TAKEN_BY.put(CaseStep.NOTIFY_COORDINATOR, CARE);
        TAKEN_BY.put(CaseStep.CLOSE_CASE, CARE);
        TAKEN_BY.put(CaseStep.ERASE_PERSON, EVERY_TYPE);
        TAKEN_BY.put(CaseStep.ERASE_CASE_DATA, EnumSet.noneOf(OrganisationType.class));
        TAKEN_BY.put(CaseStep.DRAW_UP_ACTION_PLAN, EnumSet.of(MELDPUNT));
    }

    /** a type that takes a step only with a personal power: police impose a huisverbod as hulpofficier only */
    private static final Map<CaseStep, Map<OrganisationType, Qualification>> ONLY_WITH =
            Map.of(CaseStep.IMPOSE_HUISVERBOD, Map.of(POLICE, Qualification.AUXILIARY_PROSECUTOR));

    private Capacities() {
    }

    /**
     * @return whether {@code user} may take {@code step} in their capacity: the ledger itself takes the steps its
     *         rules give it; reporting and the privacy officer's erasure are open to someone of any organisation, or
     *         none; every other step needs an organisation of a type the table names, and a qualification where one
     *         is asked
     */
    public static boolean permit(LedgerUser user, CaseStep step) {
        if (user.role() == ActorRole.SYSTEM) {
            return true;
        }
        if (step == CaseStep.REPORT || step == CaseStep.ERASE_PERSON) {
            return true;
        }
        OrganisationType type = user.organisationType();
        if (type == null || !takenBy(step).contains(type)) {
            return false;
        }
        Qualification needed = ONLY_WITH.getOrDefault(step, Map.of()).get(type);
        return needed == null || user.qualifications().contains(needed);
    }

    /**
     * @return the steps {@code user} may take in a case at all: their organisation's type takes the step
     *         ({@link #permit}), and their role lets them do it to a case ({@link AccessPolicy#reach}: a privacy
     *         officer erases and reports nothing, an analyst takes no step). What the interface offers someone; in a
     *         given case, the case may still refuse a step that belongs to another party of it
     */
    public static Set<CaseStep> stepsOf(LedgerUser user) {
        Set<CaseStep> steps = EnumSet.noneOf(CaseStep.class);
        for (CaseStep step : CaseStep.values()) {
            if (permit(user, step) && !AccessPolicy.reach(user, actionOf(step)).equals(ReachableCases.NONE)) {
                steps.add(step);
            }
        }
        return Collections.unmodifiableSet(steps);
    }

    /** what a step does to a case, as far as the role decides who may do it (as where commands are handled) */
    private static CaseAction actionOf(CaseStep step) {
        return switch (step) {
            case REPORT -> CaseAction.REPORT;
            case ERASE_PERSON -> CaseAction.ERASE_PERSON;
            default -> CaseAction.CHANGE;
        };
    }

    /** @return the types of organisation that may take {@code step}, for the table in the documentation */
    public static Set<OrganisationType> takenBy(CaseStep step) {
        return Collections.unmodifiableSet(TAKEN_BY.get(step));
    }

    /** @return the qualification {@code type} needs to take {@code step}; absent when the type alone suffices */
    public static Optional<Qualification> onlyWith(CaseStep step, OrganisationType type) {
        return Optional.ofNullable(ONLY_WITH.getOrDefault(step, Map.of()).get(type));
    }

    private static Set<OrganisationType> union(Set<OrganisationType> one, Set<OrganisationType> other) {
        Set<OrganisationType> both = EnumSet.copyOf(one);
        both.addAll(other);
        return both;
    }
}
