package nl.hgk.ledger.command.cases;

import java.util.List;
import java.util.Set;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.command.audit.Actors;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.events.audit.OrganisationType;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Who gives a command in a fixture test that does not say: for each step, someone of the party whose step it is in
 * the cases of {@link CaseTestData} (its coordinator is {@link CaseTestData#COORDINATOR}, its household lives in
 * Leiden). A test about who may act names its actor itself ({@link #as}).
 */
final class FixtureActors {

    static final LedgerUser VEILIG_THUIS = new LedgerUser("t.visser", ActorRole.CASE_WORKER,
            "Veilig Thuis Hollands Midden", "VT10", OrganisationType.VEILIG_THUIS);
    /** of the coordinating organisation of {@link CaseTestData#COORDINATOR} */
    static final LedgerUser COORDINATOR = new LedgerUser(CaseTestData.COORDINATOR.userId(), ActorRole.COORDINATOR,
            CaseTestData.COORDINATOR.organisation(), "VT10", OrganisationType.LOCAL_TEAM);
    static final LedgerUser MELDPUNT = new LedgerUser("p.devries", ActorRole.CASE_WORKER,
            "Meldpunt Zorg en Overlast", "VT10", OrganisationType.MELDPUNT);
    static final LedgerUser MAYOR_OF_LEIDEN = new LedgerUser("burgemeester.leiden", ActorRole.CASE_WORKER,
            "Gemeente Leiden, burgemeester", "VT10", OrganisationType.MAYOR, CaseTestData.LEIDEN.value(), Set.of());
    static final LedgerUser MUNICIPALITY_OF_LEIDEN = new LedgerUser("wethouder.leiden", ActorRole.CASE_WORKER,
            "Gemeente Leiden", "VT10", OrganisationType.MUNICIPALITY, CaseTestData.LEIDEN.value(), Set.of());
    static final LedgerUser PRIVACY_OFFICER = new LedgerUser("fg", ActorRole.PRIVACY_OFFICER,
            "Veilig Thuis Hollands Midden", "VT10", OrganisationType.VEILIG_THUIS);

    private FixtureActors() {
    }

    /** @return the command as given by {@code user} */
    static CommandMessage<?> as(LedgerUser user, CommandMessage<?> command) {
        return command.andMetaData(Actors.of(user, null));
    }

    /** names the default actor of {@link #defaultFor} on every command that names none */
    static MessageDispatchInterceptor<CommandMessage<?>> defaults() {
        return (List<? extends CommandMessage<?>> messages) -> (index, command) ->
                command.getMetaData().containsKey(AuditMetadata.USER) ? command
                        : command.andMetaData(Actors.of(defaultFor(command.getPayload()), null));
    }

    static LedgerUser defaultFor(Object command) {
        if (!(command instanceof CaseCommand step)) {
            return VEILIG_THUIS;
        }
        return switch (step.caseStep()) {
            case ADOPT_FAMILY_PLAN, REVISE_FAMILY_PLAN, EVALUATE_FAMILY_PLAN, RAISE_ESCALATION, HOLD_CASE_CONFERENCE,
                    RECORD_CARE_AVOIDANCE, NOTIFY_COORDINATOR, RESOLVE_ESCALATION -> COORDINATOR;
            case APPOINT_PROCESS_DIRECTOR, CALL_CARE_MEETING, HOLD_CARE_MEETING, ORDER_CARE, CONCLUDE_CARE_ORDER,
                    RETURN_COORDINATION, CONSULT_PARTY_MANAGERS, ESCALATE_TO_MELDPUNT_MANAGER,
                    DRAW_UP_ACTION_PLAN -> MELDPUNT;
            case RECORD_ADMINISTRATIVE_DECISION, CONFIRM_ADMINISTRATIVE_DECISION -> MUNICIPALITY_OF_LEIDEN;
            case IMPOSE_HUISVERBOD, EXTEND_HUISVERBOD, END_HUISVERBOD -> MAYOR_OF_LEIDEN;
            case ERASE_PERSON -> PRIVACY_OFFICER;
            case ERASE_CASE_DATA -> LedgerUser.SYSTEM;
            case REPORT, ASSIGN_CODE, DECIDE_TRIAGE, START_INVESTIGATION, CONCLUDE_INVESTIGATION, INFORM_REPORTER,
                    APPOINT_COORDINATOR, REPLACE_COORDINATOR, REPORT_INADEQUATE_COORDINATION, CLOSE_CASE -> VEILIG_THUIS;
        };
    }
}
