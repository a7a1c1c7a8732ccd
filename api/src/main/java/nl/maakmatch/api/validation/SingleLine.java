package nl.maakmatch.api.validation;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text of one line (a name, a title, a description line): no line breaks or tabs, which every other
 * text may carry. Control characters are refused for all text before validation.
 */
@Pattern(regexp = "[^\\r\\n\\t]*")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

  @OverridesAttribute(constraint = Pattern.class, name = "message")
  String message() default "{maakmatch.singleLine}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
