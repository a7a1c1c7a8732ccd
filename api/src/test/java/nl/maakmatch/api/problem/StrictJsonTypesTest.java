package nl.maakmatch.api.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Locale;
import nl.maakmatch.api.JsonMapping;
import org.junit.jupiter.api.Test;

/** The API reads JSON types as they are sent: no number becomes text, no text becomes a number. */
class StrictJsonTypesTest {

  record Titled(String title, Long amountEur, Boolean startUp, List<String> tags) {}

  @Test
  void refusesANumberForATextFieldNamingTheField() {
    Problem problem = problemOf("{\"title\": 123}");

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("title");
    assertThat(problem.errors().get(0).reason()).isEqualTo("must be text");
  }

  @Test
  void refusesADecimalOrTrueForATextField() {
    assertThat(problemOf("{\"title\": 1.5}").errors())
        .extracting(Problem.FieldError::field)
        .containsExactly("title");
    assertThat(problemOf("{\"title\": true}").errors())
        .extracting(Problem.FieldError::field)
        .containsExactly("title");
  }

  @Test
  void refusesANumberInAListOfTextNamingItsPlace() {
    Problem problem = problemOf("{\"tags\": [\"a\", 7]}");

    assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("tags[1]");
  }

  @Test
  void refusesTextForANumberOrABoolean() {
    assertThat(problemOf("{\"amountEur\": \"1000\"}").errors())
        .extracting(Problem.FieldError::field)
        .containsExactly("amountEur");
    assertThat(problemOf("{\"startUp\": \"true\"}").errors())
        .extracting(Problem.FieldError::field)
        .containsExactly("startUp");
    assertThat(problemOf("{\"startUp\": 1}").errors())
        .extracting(Problem.FieldError::field)
        .containsExactly("startUp");
  }

  @Test
  void acceptsEachTypeWhereItBelongs() throws JsonProcessingException {
    Titled read =
        JsonMapping.mapper()
            .readValue(
                "{\"title\": \"123\", \"amountEur\": 1000, \"startUp\": true, \"tags\": [\"a\"]}",
                Titled.class);

    assertThat(read).isEqualTo(new Titled("123", 1000L, true, List.of("a")));
  }

  private static Problem problemOf(String json) {
    JsonProcessingException refused =
        catchThrowableOfType(
            () -> JsonMapping.mapper().readValue(json, Titled.class),
            JsonProcessingException.class);
    assertThat(refused).as(json).isNotNull();
    return JsonInputMapper.problemOf(refused, Locale.ENGLISH);
  }
}
