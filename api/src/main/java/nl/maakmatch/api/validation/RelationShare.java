package nl.maakmatch.api.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import nl.maakmatch.matching.firm.LinkedEnterprise.Relation;

/**
 * The share fits the relation (Recommendation 2003/361 art. 3): a partner enterprise holds 25 % to
 * 50 %, a linked one more than 50 % or any share when it controls by other means (contract, board
 * appointment: art. 3(3)). Reported on {@code sharePct}; control by other means stated for a
 * partner is reported on {@code controlByOtherMeans}.
 */
@Constraint(validatedBy = RelationShare.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RelationShare {

  String message() default "{maakmatch.relationShare}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** A partner or linked enterprise as stated. */
  interface Related {
    Relation relation();

    BigDecimal sharePct();

    /** Control by contract or board appointment; null when not stated. */
    Boolean controlByOtherMeans();
  }

  /** Checks {@link RelationShare}; missing values are left to {@code @NotNull}. */
  class Validator implements ConstraintValidator<RelationShare, Related> {
    private static final BigDecimal QUARTER = BigDecimal.valueOf(25);
    private static final BigDecimal HALF = BigDecimal.valueOf(50);

    @Override
    public boolean isValid(Related value, ConstraintValidatorContext context) {
      if (value == null || value.relation() == null || value.sharePct() == null) {
        return true;
      }
      BigDecimal share = value.sharePct();
      boolean control = Boolean.TRUE.equals(value.controlByOtherMeans());
      if (control && value.relation() == Relation.PARTNER) {
        context.disableDefaultConstraintViolation();
        context
            .buildConstraintViolationWithTemplate("{maakmatch.controlMakesLinked}")
            .addPropertyNode("controlByOtherMeans")
            .addConstraintViolation();
        return false;
      }
      boolean fits =
          value.relation() == Relation.PARTNER
              ? share.compareTo(QUARTER) >= 0 && share.compareTo(HALF) <= 0
              : control || share.compareTo(HALF) > 0;
      if (!fits) {
        context.disableDefaultConstraintViolation();
        context
            .buildConstraintViolationWithTemplate(
                value.relation() == Relation.PARTNER
                    ? "{maakmatch.partnerShare}"
                    : "{maakmatch.linkedShare}")
            .addPropertyNode("sharePct")
            .addConstraintViolation();
      }
      return fits;
    }
  }
}
