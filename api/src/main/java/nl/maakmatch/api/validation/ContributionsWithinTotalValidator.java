package nl.maakmatch.api.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.maakmatch.api.plan.PlanFinancing;

/** Checks {@link ContributionsWithinTotal}; missing amounts are left to their own checks. */
public class ContributionsWithinTotalValidator
    implements ConstraintValidator<ContributionsWithinTotal, PlanFinancing> {

  @Override
  public boolean isValid(PlanFinancing value, ConstraintValidatorContext context) {
    if (value == null || value.ownContributionEur() == null || value.totalInvestmentEur() == null) {
      return true;
    }
    if (value.ownContributionEur() + value.committedByOthersOrNone()
        <= value.totalInvestmentEur()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("ownContributionEur")
        .addConstraintViolation();
    return false;
  }
}
