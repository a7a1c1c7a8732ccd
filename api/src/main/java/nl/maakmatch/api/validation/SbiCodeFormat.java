package nl.maakmatch.api.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.maakmatch.matching.firm.SbiCode;

/** An SBI 2008 code of an existing division ({@code NN}, {@code NN.N}, {@code NN.NN}, …). */
@Constraint(validatedBy = SbiCodeFormat.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface SbiCodeFormat {

  String message() default "{maakmatch.sbi}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Accepts what {@link SbiCode} accepts; null is left to {@code @NotNull}. */
  class Validator implements ConstraintValidator<SbiCodeFormat, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      try {
        SbiCode.of(value);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
  }
}
