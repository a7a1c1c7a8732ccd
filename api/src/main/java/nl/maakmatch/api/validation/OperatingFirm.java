package nl.maakmatch.api.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.maakmatch.api.firm.FirmFigures;

/**
 * Figures a firm in operation can have: someone works in it (the owner counts, so more than 0
 * annual work units), and it has turnover unless it states that it is a start-up. A firm with 0
 * staff and 0 turnover is almost always a form filled in carelessly, and would match instruments
 * meant for firms that exist. Reported on {@code employees} and {@code annualTurnoverEur}.
 */
@Constraint(validatedBy = OperatingFirm.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OperatingFirm {

  String message() default "{maakmatch.noStaff}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link OperatingFirm}; missing or negative figures are left to their own checks. */
  class Validator implements ConstraintValidator<OperatingFirm, FirmFigures> {

    @Override
    public boolean isValid(FirmFigures figures, ConstraintValidatorContext context) {
      if (figures == null) {
        return true;
      }
      boolean noOne = figures.employees() != null && figures.employees().signum() == 0;
      boolean noTurnover =
          figures.annualTurnoverEur() != null
              && figures.annualTurnoverEur() == 0
              && !figures.isStartUp();
      if (!noOne && !noTurnover) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      if (noOne) {
        context
            .buildConstraintViolationWithTemplate("{maakmatch.noStaff}")
            .addPropertyNode("employees")
            .addConstraintViolation();
      }
      if (noTurnover) {
        context
            .buildConstraintViolationWithTemplate("{maakmatch.noTurnover}")
            .addPropertyNode("annualTurnoverEur")
            .addConstraintViolation();
      }
      return false;
    }
  }
}
