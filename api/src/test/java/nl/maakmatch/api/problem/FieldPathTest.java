package nl.maakmatch.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.List;
import nl.maakmatch.api.firm.FirmFigures;
import nl.maakmatch.api.plan.PlanFinancing;
import org.junit.jupiter.api.Test;

/** Field paths in a 400 name the fields as the client sends them. */
class FieldPathTest {

  private static final FirmFigures FIGURES = new FirmFigures(BigDecimal.ZERO, 0L, 4_000_000L, null);
  private static final PlanFinancing FINANCING = new PlanFinancing(0L, 200_000L, null);

  @Test
  void leavesTheFirmsFiguresOutOfThePathAsTheyStandAmongItsFields() {
    ConstraintViolation<?> violation =
        violation(
            FIGURES,
            node(ElementKind.METHOD, "register"),
            node(ElementKind.PARAMETER, "arg0"),
            node(ElementKind.PROPERTY, "figures"),
            node(ElementKind.PROPERTY, "employees"));

    assertThat(ConstraintViolationMapper.fieldOf(violation)).isEqualTo("employees");
  }

  @Test
  void namesThePreviewsPlanTotalAsTheContractDoes() {
    ConstraintViolation<?> violation =
        violation(
            FINANCING,
            node(ElementKind.METHOD, "preview"),
            node(ElementKind.PARAMETER, "arg0"),
            node(ElementKind.PROPERTY, "plan"),
            node(ElementKind.PROPERTY, "financing"),
            node(ElementKind.PROPERTY, "totalInvestmentEur"));

    assertThat(ConstraintViolationMapper.fieldOf(violation)).isEqualTo("plan.totalInvestmentEur");
  }

  @Test
  void keepsEveryNameOfAPartThatHasItsOwnObjectInJson() {
    ConstraintViolation<?> violation =
        violation(
            new Object(),
            node(ElementKind.METHOD, "draft"),
            node(ElementKind.PARAMETER, "arg1"),
            node(ElementKind.PROPERTY, "capexLines"),
            inList(node(ElementKind.PROPERTY, "amountEur"), 1));

    assertThat(ConstraintViolationMapper.fieldOf(violation)).isEqualTo("capexLines[1].amountEur");
  }

  private static ConstraintViolation<?> violation(Object leaf, Path.Node... nodes) {
    List<Path.Node> path = List.of(nodes);
    Path propertyPath =
        (Path)
            Proxy.newProxyInstance(
                Path.class.getClassLoader(),
                new Class<?>[] {Path.class},
                (self, method, args) -> method.invoke(path, args));
    return (ConstraintViolation<?>)
        Proxy.newProxyInstance(
            ConstraintViolation.class.getClassLoader(),
            new Class<?>[] {ConstraintViolation.class},
            (self, method, args) ->
                switch (method.getName()) {
                  case "getPropertyPath" -> propertyPath;
                  case "getLeafBean" -> leaf;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private static Path.Node node(ElementKind kind, String name) {
    return node(kind, name, false, null);
  }

  private static Path.Node inList(Path.Node node, int index) {
    return node(node.getKind(), node.getName(), true, index);
  }

  private static Path.Node node(ElementKind kind, String name, boolean inIterable, Integer index) {
    return (Path.Node)
        Proxy.newProxyInstance(
            Path.Node.class.getClassLoader(),
            new Class<?>[] {Path.Node.class},
            (self, method, args) ->
                switch (method.getName()) {
                  case "getKind" -> kind;
                  case "getName" -> name;
                  case "isInIterable" -> inIterable;
                  case "getIndex" -> index;
                  case "getKey" -> null;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
