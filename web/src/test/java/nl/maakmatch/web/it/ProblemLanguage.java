package nl.maakmatch.web.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Checks that a problem answer speaks the language that was asked for: its title is that language's
 * title for the status, and its detail holds no common words of the other language.
 */
final class ProblemLanguage {

  private static final Pattern DUTCH_WORDS =
      Pattern.compile(
          "\\b(het|een|niet|alleen|dit|deze|uw|bestaat|wordt|kan|mag)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ENGLISH_WORDS =
      Pattern.compile(
          "\\b(the|this|only|your|does|not|exist|cannot|may|must)\\b", Pattern.CASE_INSENSITIVE);

  private ProblemLanguage() {}

  static List<String> mistakes(String what, Http.Reply reply, String language) {
    List<String> mistakes = new ArrayList<>();
    if (reply.status() < 400) {
      return mistakes;
    }
    JsonNode problem = reply.json();
    String expectedTitle = title(reply.status(), language);
    if (!problem.path("title").asText().equals(expectedTitle)) {
      mistakes.add(
          what
              + " in "
              + language
              + ": title '"
              + problem.path("title").asText()
              + "', expected '"
              + expectedTitle
              + "'");
    }
    Pattern foreign = language.equals("en") ? DUTCH_WORDS : ENGLISH_WORDS;
    List<String> texts = new ArrayList<>(List.of(problem.path("detail").asText()));
    problem.path("errors").forEach(error -> texts.add(error.path("reason").asText()));
    for (String text : texts) {
      if (foreign.matcher(text).find()) {
        mistakes.add(what + " in " + language + ": text in another language: " + text);
      }
    }
    return mistakes;
  }

  private static String title(int status, String language) {
    ResourceBundle titles =
        ResourceBundle.getBundle(
            "nl.maakmatch.api.problem.titles",
            Locale.forLanguageTag(language),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return titles.getString(Integer.toString(status));
  }
}
