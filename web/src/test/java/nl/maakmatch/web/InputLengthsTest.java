package nl.maakmatch.web;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import nl.maakmatch.api.validation.SbiCodeFormat;
import org.junit.jupiter.api.Test;

/**
 * The length limits of request fields and the columns they are stored in cannot drift apart: every
 * text field of every request body has a limit, and that limit fits its column as the migrations
 * define it. A new text field fails here until it is given a limit and a column (or a reason why it
 * is not stored).
 */
class InputLengthsTest {

  private static final String NOT_STORED = "-";
  private static final int SBI_CODE_LENGTH = 10;

  /** Request record (simple name) and field, and the table.column that keeps it. */
  private static final Map<String, String> STORED_IN =
      Map.ofEntries(
          entry("FirmRequest.kvkNumber", "firm.kvk_number"),
          entry("FirmRequest.legalName", "firm.legal_name"),
          entry("DeMinimisAidInput.grantingBody", "firm_de_minimis_aid.granting_body"),
          entry("LinkedEnterpriseInput.name", "firm_relation.name"),
          entry("PlanRequest.title", "investment_plan.title"),
          entry("PlanRequest.description", "investment_plan.description"),
          entry("CapexLineInput.description", "plan_capex_line.description"),
          entry("MilestoneInput.description", "plan_milestone.description"),
          entry("CommentRequest.text", "plan_comment.body"),
          entry("ShareRequest.organisation", "introduction.organisation"),
          entry("IntroductionRequest.organisation", "introduction.organisation"),
          entry("IntroductionRequest.message", "introduction.message"),
          entry("RerouteRequest.organisation", "introduction.organisation"),
          entry("RerouteRequest.message", "introduction.message"),
          entry("AnswerRequest.text", "introduction_event.text"),
          entry("MessageRequest.text", "introduction_event.text"),
          entry("OfferInput.instrumentId", "introduction.offer_instrument"),
          entry("OfferInput.conditions", "introduction.offer_conditions"),
          entry("NoteRequest.text", "case_note.body"),
          entry("OrganisationRequest.code", "organisation.code"),
          entry("OrganisationRequest.name", "organisation.name"),
          entry("Reason.reason", "audit_entry.reason"),
          entry("Assignment.adviser", "guidance.assigned_adviser"),
          entry("JoinRequest.kvkNumber", "firm.kvk_number"),
          entry("StatusChangeRequest.reason", "instrument_version.change_note"),
          entry("RematchRequest.reason", "rematch_run.reason"),
          entry("WebhookRequest.url", "webhook.url"),
          entry("WebhookRequest.secret", "webhook.secret"),
          // only its hash is kept
          entry("JoinRequest.code", NOT_STORED),
          // the anonymous preview stores nothing
          entry("FirmInput.sbiCode", NOT_STORED));

  private static final Path API = Path.of("../api/src/main/java");
  private static final Path MIGRATIONS = Path.of("../domain/src/main/resources/db/migration");

  @Test
  void everyTextFieldOfARequestHasALimitThatFitsItsColumn() throws ClassNotFoundException {
    Map<String, Integer> columns = Sources.columnLengths(MIGRATIONS);
    List<String> problems = new ArrayList<>();
    for (Class<?> request : Sources.requestRecords(API)) {
      for (RecordComponent component : request.getRecordComponents()) {
        if (component.getType() != String.class) {
          continue;
        }
        String name = request.getSimpleName() + "." + component.getName();
        OptionalInt limit = limitOf(field(request, component.getName()));
        String column = STORED_IN.get(name);
        if (column == null) {
          problems.add(name + " is not listed: say which column keeps it");
        } else if (limit.isEmpty()) {
          problems.add(name + " has no length limit");
        } else if (!column.equals(NOT_STORED)) {
          Integer length = columns.get(column);
          assertThat(columns).as("column " + column + " of " + name).containsKey(column);
          if (length != null && limit.getAsInt() > length) {
            problems.add(
                name
                    + " allows "
                    + limit.getAsInt()
                    + " characters, "
                    + column
                    + " holds "
                    + length);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theCheckSeesTheRequestsAndTheColumns() throws ClassNotFoundException {
    assertThat(Sources.requestRecords(API))
        .extracting(Class::getSimpleName)
        .contains("PlanRequest", "CommentRequest");
    assertThat(Sources.columnLengths(MIGRATIONS))
        .containsEntry("plan_comment.body", 4000)
        .containsEntry("firm.kvk_number", 8);
  }

  /** The longest text a field's constraints let through, if they bound it. */
  private static OptionalInt limitOf(Field field) {
    Size size = field.getAnnotation(Size.class);
    if (size != null && size.max() < Integer.MAX_VALUE) {
      return OptionalInt.of(size.max());
    }
    if (field.isAnnotationPresent(SbiCodeFormat.class)) {
      // "25.62.1" at the longest: what SbiCode accepts
      return OptionalInt.of(SBI_CODE_LENGTH);
    }
    Pattern pattern = field.getAnnotation(Pattern.class);
    if (pattern != null) {
      // a fixed-length pattern such as eight digits
      return Sources.fixedLength(pattern.regexp());
    }
    return OptionalInt.empty();
  }

  private static Field field(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }
}
