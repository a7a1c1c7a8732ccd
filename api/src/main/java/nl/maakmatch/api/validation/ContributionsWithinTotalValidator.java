package nl.maakmatch.api.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.maakmatch.api.validation.ContributionsWithinTotal.Contributions;

/** Checks {@link ContributionsWithinTotal}. */
public class ContributionsWithinTotalValidator
    implements ConstraintValidator<ContributionsWithinTotal, Contributions> {

  @Override
  public boolean isValid(Contributions value, ConstraintValidatorContext context) {
    if (value == null || value.ownContributionEur() == null) {
      return true;
    }
    Long total = value.contributionTotalEur();
    if (total == null) {
      return true;
    }
    long committed = value.committedByOthersEur() == null ? 0 : value.committedByOthersEur();
    if (value.ownContributionEur() + committed <= total) {
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
