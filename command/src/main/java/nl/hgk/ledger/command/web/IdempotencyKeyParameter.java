package nl.hgk.ledger.command.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/** Shows the {@value WriteRequests#IDEMPOTENCY_KEY} header in the API document on every write that reads it. */
@Component
class IdempotencyKeyParameter implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (handler.getBeanType().isAnnotationPresent(IdempotentWrites.class)) {
            operation.addParametersItem(new HeaderParameter().name(WriteRequests.IDEMPOTENCY_KEY).required(false)
                    .description("repeat a request with the same key to have it recorded once")
                    .schema(new StringSchema().maxLength(255)));
        }
        return operation;
    }
}
