package nl.maakmatch.matching.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a firm owner reads them: "1 mei 2015" / "1 May 2015". */
public final class Dates {

  private static final DateTimeFormatter DUTCH =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
  private static final DateTimeFormatter ENGLISH =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Dates() {}

  public static String nl(LocalDate date) {
    return date.format(DUTCH);
  }

  public static String en(LocalDate date) {
    return date.format(ENGLISH);
  }
}
