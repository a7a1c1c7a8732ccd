package nl.maakmatch.api.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Own contribution plus amounts committed by others may not exceed the plan's total; reported on
 * the field {@code ownContributionEur}.
 */
@Constraint(validatedBy = ContributionsWithinTotalValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ContributionsWithinTotal {

  String message() default "{maakmatch.contributionsExceedTotal}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
