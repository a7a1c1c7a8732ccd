package nl.maakmatch.api.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.maakmatch.api.firm.FirmDates;

/**
 * A firm cannot sell before it exists: the first commercial sale is not before the founding date.
 * Reported on {@code firstCommercialSaleOn}; missing dates are left to their own checks.
 */
@Constraint(validatedBy = SoldAfterFounding.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SoldAfterFounding {

  String message() default "{maakmatch.soldBeforeFounding}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link SoldAfterFounding}. */
  class Validator implements ConstraintValidator<SoldAfterFounding, FirmDates> {

    @Override
    public boolean isValid(FirmDates dates, ConstraintValidatorContext context) {
      if (dates == null || dates.foundedOn() == null || dates.firstCommercialSaleOn() == null) {
        return true;
      }
      if (!dates.firstCommercialSaleOn().isBefore(dates.foundedOn())) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate("{maakmatch.soldBeforeFounding}")
          .addPropertyNode("firstCommercialSaleOn")
          .addConstraintViolation();
      return false;
    }
  }
}
