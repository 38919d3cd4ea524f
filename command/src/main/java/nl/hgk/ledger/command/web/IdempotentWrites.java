package nl.hgk.ledger.command.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose writes go through {@link WriteRequests}: each takes an optional {@value
 * WriteRequests#IDEMPOTENCY_KEY} header, which the API document shows on every one of its operations
 * ({@link IdempotencyKeyParameter}).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface IdempotentWrites {
}
