package nl.hgk.ledger.command.cases.web;

import java.util.UUID;

import nl.hgk.ledger.access.CaseAction;
import nl.hgk.ledger.command.audit.Actors;
import nl.hgk.ledger.command.cases.CaseVersion;
import nl.hgk.ledger.command.scope.CommandsWithinScope;
import nl.hgk.ledger.command.web.FamilyPlanLocation;
import nl.hgk.ledger.command.web.WriteRequests;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * How a request for a step in a case is taken, for every controller of the case's steps: the case is checked against
 * the user's scope before the body is read; the command is sent once per idempotency key, as the signed-in user with
 * the request's reason, and answered with the case version it produced and where to read the case at it.
 */
@Component
class CaseStepRequests {

    private final CommandGateway commands;
    private final Actors actors;
    private final WriteRequests writes;
    private final CommandsWithinScope scope;

    CaseStepRequests(CommandGateway commands, Actors actors, WriteRequests writes, CommandsWithinScope scope) {
        this.commands = commands;
        this.actors = actors;
        this.writes = writes;
        this.scope = scope;
    }

    /** @throws org.axonframework.modelling.command.AggregateNotFoundException for a case outside the user's scope */
    void admit(UUID caseId) {
        scope.admitSignedIn(caseId, CaseAction.CHANGE);
    }

    ResponseEntity<CaseVersion> send(UUID caseId, Object request, String reason, Object command) {
        MetaData audit = actors.current(reason);
        return writes.execute(request, CaseVersion.class, HttpStatus.OK,
                answer -> FamilyPlanLocation.of(answer.caseId(), answer.version()), () -> {
            Long version = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(audit));
            return new CaseVersion(caseId, version);
        });
    }
}
