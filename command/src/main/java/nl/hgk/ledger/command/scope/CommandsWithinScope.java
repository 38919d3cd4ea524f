package nl.hgk.ledger.command.scope;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.hgk.ledger.access.AccessPolicy;
import nl.hgk.ledger.access.CaseAction;
import nl.hgk.ledger.access.CaseScope;
import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.access.SignedInUser;
import nl.hgk.ledger.command.audit.Actors;
import nl.hgk.ledger.command.cases.ErasePerson;
import nl.hgk.ledger.command.cases.ReceiveReport;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.stereotype.Component;

/**
 * Lets a command on a case through only when the {@link AccessPolicy} lets the user who gives it do so to that case.
 * Checked where commands are handled, before the case's handler runs, for every caller alike: the API, the ledger's
 * own retention (the {@code SYSTEM} actor, whom the policy lets change every case), the generator, and other nodes
 * once commands travel through Axon Server. Who gives the command is read from its metadata ({@link Actors}), the
 * case's scope from the command side's own record of it ({@link CaseScopes}), which is never behind. Axon's Spring Boot
 * support registers this bean on the command bus, as it does every {@code MessageHandlerInterceptor} of commands.
 * <p>
 * A case outside the user's scope is refused exactly like a case that does not exist: the same
 * {@link AggregateNotFoundException} the case's repository throws for an id it does not know ({@code 404
 * unknown-case}), since a different answer would tell that the id belongs to a real case, and a case id must not
 * become a way to find out which households have a case elsewhere. A report ({@link ReceiveReport}) is open: it can
 * open or join a case anywhere, and the reporter's organisation is involved from then on.
 */
@Component
public class CommandsWithinScope implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final CaseScopes scopes;
    private final SignedInUser signedIn;
    private final CommandTargetResolver cases = AnnotationCommandTargetResolver.builder().build();

    CommandsWithinScope(CaseScopes scopes, SignedInUser signedIn) {
        this.scopes = scopes;
        this.signedIn = signedIn;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        UUID caseId = UUID.fromString(cases.resolveTarget(command).getIdentifier());
        LedgerUser user = Actors.actingIn(command.getMetaData()).orElseThrow(() -> unknown(caseId));
        if (command.getPayload() instanceof ReceiveReport received) {
            // the case a report opens has no scope yet, and reporting is open wherever the household lives
            admit(user, CaseAction.REPORT, caseId, Optional.of(CaseScope.of(received.report().municipality(),
                    Set.of())));
        } else {
            admit(user, command.getPayload() instanceof ErasePerson ? CaseAction.ERASE_PERSON : CaseAction.CHANGE,
                    caseId, scopes.of(caseId));
        }
        return chain.proceed();
    }

    /**
     * The same check for the signed-in user of a request, before its body is read: a case outside their scope is
     * answered before anything of the request is looked at, like a case that does not exist. The command bus checks
     * the command again when it is handled.
     *
     * @throws AggregateNotFoundException for no case, or a case outside the user's scope
     */
    public void admitSignedIn(UUID caseId, CaseAction action) {
        admit(signedIn.current(), action, caseId, scopes.of(caseId));
    }

    private static void admit(LedgerUser user, CaseAction action, UUID caseId, Optional<CaseScope> scope) {
        if (scope.isEmpty() || !AccessPolicy.permits(user, action, scope.get())) {
            throw unknown(caseId);
        }
    }

    private static AggregateNotFoundException unknown(UUID caseId) {
        return new AggregateNotFoundException(caseId.toString(), "no case " + caseId + " in the user's scope");
    }
}
