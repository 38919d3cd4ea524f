package nl.hgk.ledger.command.imports;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.calendar.LedgerClock;
import nl.hgk.ledger.command.audit.Actors;
import nl.hgk.ledger.command.cases.CommandRefused;
import nl.hgk.ledger.command.intake.IntakeOutcome;
import nl.hgk.ledger.command.intake.ReportIntake;
import nl.hgk.ledger.command.intake.ReportReceipt;
import nl.hgk.ledger.command.intake.ReportRequest;
import nl.hgk.ledger.command.web.CommandProblems;
import nl.hgk.ledger.command.web.RefusalDetails;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import nl.hgk.ledger.events.audit.AuditMetadata;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one case: all its steps in one database transaction, each step a command through the command bus in a unit
 * of work of its own that joins that transaction, at the step's moment on the ledger clock of this thread
 * ({@link LedgerClock#during}), as the step's actor. So every rule a live step meets applies (the actor's capacity and
 * scope, the case's rules, consent, time limits), the subscribing handlers keep the command side's tables current
 * from step to step, and the case lands whole, with its row in {@code imported_case}, or not at all.
 */
@Component
class CaseImports {

    private static final Logger log = LoggerFactory.getLogger(CaseImports.class);
    private static final String REPORT = "ReceiveReport";

    private final ObjectMapper json;
    private final Validator validator;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final ReportIntake intake;
    private final LedgerClock clock;
    private final ImportableCommands importable;

    CaseImports(ObjectMapper json, Validator validator, TransactionTemplate transaction, JdbcTemplate jdbc,
                CommandGateway commands, ReportIntake intake, LedgerClock clock) {
        this.json = json;
        this.validator = validator;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.commands = commands;
        this.intake = intake;
        this.clock = clock;
        this.importable = new ImportableCommands(json);
    }

    /** Imports the case of one line of an import, as {@code importer} (the administrator who sent it). */
    ImportResult importLine(int line, String text, LedgerUser importer) {
        ImportedCase imported;
        try {
            imported = json.readValue(text, ImportedCase.class);
        } catch (JsonProcessingException unreadable) {
            return malformed(line, null, null, List.of(InvalidStep.unreadable(unreadable)));
        }
        Set<ConstraintViolation<ImportedCase>> violations = imported == null ? Set.of() : validator.validate(imported);
        if (imported == null || !violations.isEmpty()) {
            return malformed(line, imported == null ? null : imported.importId(), null, violations.stream()
                    .map(violation -> new InvalidStep(violation.getPropertyPath().toString(), violation.getMessage()))
                    .toList());
        }
        Optional<UUID> before = importedCase(imported.importId());
        if (before.isPresent()) {
            return ImportResult.importedBefore(line, imported.importId(), before.get());
        }
        try {
            ImportResult result = transaction.execute(tx -> steps(line, imported, importer));
            return result;
        } catch (StepFailed failed) {
            return failed(line, imported.importId(), failed);
        } catch (DuplicateKeyException sentTwiceAtOnce) {
            return importedCase(imported.importId())
                    .map(caseId -> ImportResult.importedBefore(line, imported.importId(), caseId))
                    .orElseThrow(() -> sentTwiceAtOnce);
        }
    }

    private ImportResult steps(int line, ImportedCase imported, LedgerUser importer) {
        UUID caseId = null;
        long version = -1;
        Instant previous = null;
        // every imported event says so: by whom and when it came in, under which id of the former registration
        MetaData provenance = MetaData.with(AuditMetadata.IMPORTED_BY, importer.name())
                .and(AuditMetadata.IMPORTED_AT, clock.instant().toString())
                .and(AuditMetadata.IMPORT_ID, imported.importId());
        ReportReferences references = new ReportReferences();
        for (int index = 0; index < imported.steps().size(); index++) {
            ImportedStep step = imported.steps().get(index);
            try {
                if (previous != null && step.at().isBefore(previous)) {
                    throw new InvalidStep("at", "is before the moment of the step before it");
                }
                MetaData audit = Actors.of(actorOf(step), step.reason()).mergedWith(provenance);
                if (step.step().equals(REPORT)) {
                    ReportReceipt receipt = report(step, audit);
                    if (caseId == null && receipt.outcome() == IntakeOutcome.BUNDLED) {
                        throw new CaseNotImported(HttpStatus.CONFLICT, "household-has-open-case",
                                "The household has an open case in the ledger", "the report would join the "
                                        + "household's open case " + receipt.caseId() + "; an imported case opens "
                                        + "its own. Import it once that case is closed, or not at all");
                    }
                    if (caseId != null && !receipt.caseId().equals(caseId)) {
                        throw new CaseNotImported(HttpStatus.UNPROCESSABLE_ENTITY, "other-household",
                                "A report of the case is about another household", "a later report of an "
                                        + "imported case is about the household its first report was about");
                    }
                    caseId = receipt.caseId();
                    version = receipt.version();
                    references.received(receipt);
                } else if (caseId == null) {
                    throw new InvalidStep("step", "the first step of a case is the report that opens it (" + REPORT
                            + ")");
                } else {
                    ObjectNode fields = step.command().deepCopy();
                    references.resolve(fields, "command");
                    Object command = importable.command(step.step(), fields, caseId);
                    Long after = clock.during(step.at(), () -> commands.sendAndWait(
                            GenericCommandMessage.asCommandMessage(command).andMetaData(audit)));
                    version = after;
                }
                previous = step.at();
            } catch (RuntimeException failure) {
                throw new StepFailed(index + 1, failure);
            }
        }
        long events = version + 1;
        jdbc.update("insert into imported_case (import_id, case_id, steps, events, imported_by) values (?, ?, ?, ?, ?)",
                imported.importId(), caseId, imported.steps().size(), events, importer.name());
        return ImportResult.imported(line, imported.importId(), caseId, events);
    }

    private ReportReceipt report(ImportedStep step, MetaData audit) {
        ReportRequest report;
        try {
            report = json.treeToValue(step.command(), ReportRequest.class);
        } catch (JsonProcessingException unreadable) {
            throw InvalidStep.unreadable(unreadable);
        }
        Set<ConstraintViolation<ReportRequest>> violations = validator.validate(report);
        if (!violations.isEmpty()) {
            ConstraintViolation<ReportRequest> first = violations.iterator().next();
            throw new InvalidStep("command." + first.getPropertyPath(), first.getMessage());
        }
        return clock.during(step.at(), () -> intake.receive(report, audit));
    }

    private static LedgerUser actorOf(ImportedStep step) {
        try {
            return step.actor().user();
        } catch (IllegalArgumentException | NullPointerException notOneUser) {
            throw new InvalidStep("actor", notOneUser.getMessage());
        }
    }

    private Optional<UUID> importedCase(String importId) {
        return jdbc.queryForList("select case_id from imported_case where import_id = ?", UUID.class, importId)
                .stream().findFirst();
    }

    private ImportResult failed(int line, String importId, StepFailed failed) {
        Throwable cause = failed.getCause();
        if (cause instanceof InvalidStep invalid) {
            return malformed(line, importId, failed.step(), List.of(invalid));
        }
        return ImportResult.notImported(line, importId, ImportOutcome.REFUSED, failed.step(), problem(cause));
    }

    private static ImportResult malformed(int line, String importId, Integer step, List<InvalidStep> errors) {
        ProblemDetail problem = CommandProblems.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                step == null ? "The line is not an imported case; nothing of it was recorded"
                        : "Step " + step + " is not well formed; nothing of the case was recorded");
        problem.setProperty("errors", errors.stream()
                .map(error -> Map.of("field", error.field(), "message", error.getMessage())).toList());
        return ImportResult.notImported(line, importId, ImportOutcome.MALFORMED, step, problem);
    }

    /** The refusal of a step as the API would answer it, had the step been sent on its own. */
    private static ProblemDetail problem(Throwable failure) {
        if (failure instanceof CommandRefused refused) {
            return CommandProblems.refused(refused.refusal(), refused.getMessage());
        }
        if (failure instanceof CommandExecutionException executed
                && executed.getDetails().orElse(null) instanceof RefusalDetails details) {
            return CommandProblems.refused(details.refusal(), executed.getMessage());
        }
        if (failure instanceof CaseNotImported notImported) {
            return notImported.problem();
        }
        if (failure instanceof AggregateNotFoundException) {
            return CommandProblems.problem(HttpStatus.NOT_FOUND, "unknown-case", "Unknown case",
                    "The step's actor has no case in their scope to take it in");
        }
        if (failure instanceof ConcurrencyException || failure instanceof DuplicateKeyException
                || failure instanceof PessimisticLockingFailureException) {
            return CommandProblems.problem(HttpStatus.CONFLICT, "conflict", "Changed while imported",
                    "The household's cases changed while the case was imported; send the case again");
        }
        log.error("an imported step failed unexpectedly", failure);
        return CommandProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "step-failed", "The step failed",
                "The step could not be recorded; a field the command needs may be missing. The error is logged");
    }

    /** A step that was refused or failed; the case's transaction rolls back. */
    private static final class StepFailed extends RuntimeException {

        private final int step;

        StepFailed(int step, Throwable cause) {
            super("step " + step + " of an imported case failed", cause);
            this.step = step;
        }

        int step() {
            return step;
        }
    }

    /** A case the import does not bring in, for a reason of the import's own. */
    private static final class CaseNotImported extends RuntimeException {

        private final transient ProblemDetail problem;

        CaseNotImported(HttpStatus status, String type, String title, String detail) {
            super(detail);
            this.problem = CommandProblems.problem(status, type, title, detail);
        }

        ProblemDetail problem() {
            return problem;
        }
    }
}
