package nl.maakmatch.api.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ConstraintValidatorContext} that records the violations a validator reports, as "field:
 * template", so a validator can be tested without a Bean Validation provider.
 */
final class RecordingContext {

  private final List<String> violations = new ArrayList<>();
  private String template;
  private String field = "";

  ConstraintValidatorContext context() {
    return (ConstraintValidatorContext) proxy(ConstraintValidatorContext.class);
  }

  List<String> violations() {
    return violations;
  }

  private Object proxy(Class<?> type) {
    return Proxy.newProxyInstance(
        type.getClassLoader(),
        new Class<?>[] {type},
        (self, method, args) -> {
          switch (method.getName()) {
            case "disableDefaultConstraintViolation":
              return null;
            case "getDefaultConstraintMessageTemplate":
              return "{default}";
            case "buildConstraintViolationWithTemplate":
              template = (String) args[0];
              field = "";
              break;
            case "addPropertyNode":
              field = field.isEmpty() ? (String) args[0] : field + "." + args[0];
              break;
            case "addConstraintViolation":
              violations.add(field + ": " + template);
              return self == null ? null : proxy(ConstraintValidatorContext.class);
            default:
              throw new UnsupportedOperationException(method.getName());
          }
          return proxy(method.getReturnType());
        });
  }
}
