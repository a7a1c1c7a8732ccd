package nl.maakmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The API explorer at {@code /api-docs}: it loads Swagger UI only from the WebJar the WAR ships, in
 * the version that WebJar has, and runs no inline script or style, so the Content-Security-Policy
 * of every page holds for it too.
 */
class ApiDocsPageTest {

  private static final Path PAGES = Path.of("src/main/webapp/api-docs");
  private static final Pattern WEBJAR = Pattern.compile("/webjars/(swagger-ui/[^/\"]+/[^\"]+)\"");
  private static final Pattern SCRIPT =
      Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);

  @Test
  void loadsSwaggerUiFromTheWebJarInTheWar() throws IOException {
    for (String page : List.of("index.html", "oauth2-redirect.html")) {
      List<String> files = webjarFiles(page);
      assertThat(files).as(page).isNotEmpty();
      for (String file : files) {
        assertThat(getClass().getClassLoader().getResource("META-INF/resources/webjars/" + file))
            .as(page + " loads /webjars/" + file + ": is it the version of swagger-ui.version?")
            .isNotNull();
      }
    }
  }

  @Test
  void runsNoInlineScriptNorStyle() throws IOException {
    for (String page : List.of("index.html", "oauth2-redirect.html")) {
      String html = Files.readString(PAGES.resolve(page));
      Matcher script = SCRIPT.matcher(html);
      while (script.find()) {
        assertThat(script.group(1)).as(page).contains("src=\"/");
        assertThat(script.group(2)).as(page).isBlank();
      }
      assertThat(html).as(page).doesNotContain("<style", " style=", " onload=", " onclick=");
    }
  }

  @Test
  void describesMaakMatchsOwnApiAndSignsInThroughThePortalClientWithPkce() throws IOException {
    String script = Files.readString(PAGES.resolve("api-docs.js"));
    assertThat(script)
        .contains("url: '/openapi")
        .contains("clientId: 'maakmatch-portal'")
        .contains("usePkceWithAuthorizationCodeGrant: true")
        .contains("oauth2-redirect.html")
        .contains("validatorUrl: null");
  }

  private static List<String> webjarFiles(String page) throws IOException {
    Matcher reference = WEBJAR.matcher(Files.readString(PAGES.resolve(page)));
    List<String> files = new ArrayList<>();
    while (reference.find()) {
      files.add(reference.group(1));
    }
    return files;
  }
}
