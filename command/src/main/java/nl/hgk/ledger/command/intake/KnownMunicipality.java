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
import nl.hgk.ledger.reference.Municipalities;

/** The value is the CBS code of a municipality of the reference year, such as {@code GM0546}. */
@Documented
@Constraint(validatedBy = KnownMunicipality.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@interface KnownMunicipality {

    String message() default "is not the CBS code of a Dutch municipality of " + Municipalities.REFERENCE_YEAR
            + " (GM and four digits, e.g. GM0546)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownMunicipality, String> {
        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || Municipalities.load().isKnown(code);
        }
    }
}
