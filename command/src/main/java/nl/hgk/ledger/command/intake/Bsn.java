package nl.hgk.ledger.command.intake;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The value is a burgerservicenummer: nine digits that pass the eleven test (elfproef). A mistyped BSN would attach
 * data to the wrong person.
 */
@Documented
@Constraint(validatedBy = Bsn.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@interface Bsn {

    String message() default "is not a BSN: nine digits that pass the eleven test (elfproef)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Bsn, String> {
        @Override
        public boolean isValid(String bsn, ConstraintValidatorContext context) {
            return bsn == null || (bsn.matches("\\d{9}") && passesElevenTest(bsn));
        }

        static boolean passesElevenTest(String bsn) {
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (bsn.charAt(i) - '0');
            }
            sum -= bsn.charAt(8) - '0';
            return sum % 11 == 0 && !bsn.equals("000000000");
        }
    }
}
