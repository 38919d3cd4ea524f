package nl.hgk.ledger.command.cases.web;

import nl.hgk.ledger.command.cases.CaseVersion;
import nl.hgk.ledger.command.cases.ErasePerson;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.hgk.ledger.access.CaseAction;
import nl.hgk.ledger.command.audit.Actors;
import nl.hgk.ledger.command.scope.CommandsWithinScope;
import nl.hgk.ledger.command.web.FamilyPlanLocation;
import nl.hgk.ledger.command.web.IdempotentWrites;
import nl.hgk.ledger.command.web.WriteRequests;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Erasure of one person's personal data (the right to erasure): a controller of its own, apart from the steps of a
 * case, because other people may use it (the privacy officer, not the professionals of the case). Answers in JSON
 * only, refusing another {@code Accept} (406) before anything is erased.
 */
@RestController
@IdempotentWrites
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Privacy", description = "Erasure of personal data (crypto-shredding)")
class ErasureController {

    private final CommandGateway commands;
    private final Actors actors;
    private final WriteRequests writes;
    private final CommandsWithinScope scope;

    ErasureController(CommandGateway commands, Actors actors, WriteRequests writes, CommandsWithinScope scope) {
        this.commands = commands;
        this.actors = actors;
        this.writes = writes;
        this.scope = scope;
    }

    /** As for every command on a case: out of scope is answered before the body is read, as no case at all. */
    @ModelAttribute
    void caseWithinScope(@PathVariable UUID caseId) {
        scope.admitSignedIn(caseId, CaseAction.ERASE_PERSON);
    }

    @Schema(description = "Why the personal data is erased (required): the request of the person, the end of the "
            + "retention period, a ruling")
    record ErasureRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping("/api/cases/{caseId}/persons/{personId}/erasure")
    @Operation(summary = "Erase the personal data of one person of the case (reason required); a report's id erases "
            + "its reporter's contact details")
    ResponseEntity<CaseVersion> erase(@PathVariable UUID caseId, @PathVariable UUID personId,
                                      @Valid @RequestBody ErasureRequest request) {
        MetaData audit = actors.current(request.reason());
        return writes.execute(request, CaseVersion.class, HttpStatus.OK,
                answer -> FamilyPlanLocation.of(answer.caseId(), answer.version()), () -> {
            Long version = commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                    new ErasePerson(caseId, personId)).andMetaData(audit));
            return new CaseVersion(caseId, version);
        });
    }
}
