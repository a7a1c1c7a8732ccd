package nl.maakmatch.domain.organisation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dutch working days, by which an organisation promises to answer ("within 5 working days"): every
 * Monday to Friday that is not a public holiday most employers give off.
 *
 * <p>The days are those the Algemene termijnenwet (art. 3) names as generally recognised holidays,
 * and Eerste Paasdag and Eerste Pinksterdag, which are Sundays anyway; two days need a choice:
 *
 * <ul>
 *   <li><b>Goede Vrijdag is a working day.</b> It is a Christian feast day, but not a general
 *       public holiday: the Algemene termijnenwet does not name it, most employers do not give it
 *       off, and banks and investors work.
 *   <li><b>Bevrijdingsdag (5 May) counts only in lustrum years</b> (2025, 2030, …). It is a
 *       national holiday every year, but most collective agreements give it off only every fifth
 *       year, and financiers are open on it otherwise. The termijnenwet counts it every year;
 *       MaakMatch's response promises follow the working week of the financiers who make them.
 * </ul>
 *
 * <p>The rules are those in force since 2014 (Koningsdag on 27 April, on 26 April when the 27th is
 * a Sunday); MaakMatch counts days from now on, so earlier years are computed by the same rules.
 */
public final class WorkingDays {

  /** Where the promises are made, and where the end of a day is. */
  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  /** The last second of a day on which an answer is due. */
  public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private static final Map<Integer, Set<LocalDate>> HOLIDAYS = new ConcurrentHashMap<>();

  private WorkingDays() {}

  /**
   * The day {@code days} working days after {@code from} (before it, when negative): the days after
   * {@code from} are counted, {@code from} itself is not, so 1 working day after a Friday is the
   * Monday, and after a Saturday too. Zero days is {@code from} itself, working day or not.
   */
  public static LocalDate addWorkingDays(LocalDate from, int days) {
    Objects.requireNonNull(from, "from");
    int step = days < 0 ? -1 : 1;
    LocalDate day = from;
    for (int left = Math.abs(days); left > 0; ) {
      day = day.plusDays(step);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /** A Monday to Friday that is no public holiday. */
  public static boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY
        && weekday != DayOfWeek.SUNDAY
        && !publicHolidays(day.getYear()).contains(day);
  }

  /**
   * The working days after {@code from} up to and including {@code to}, so that {@code
   * workingDaysBetween(d, addWorkingDays(d, n)) == n}; negative when {@code to} lies before {@code
   * from}.
   */
  public static long workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    long count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /**
   * When an answer to a request is due: at the end (23:59:59, Amsterdam time) of the {@code
   * workingDays}-th working day after the day of the request in Amsterdam. The day of the request
   * does not count, whatever the hour: a request on Monday morning with 5 working days is due at
   * the end of the next Monday, and one on Friday evening or on Saturday at the end of the next
   * Friday. A whole day for the last one keeps the rule simple to state and check; no time of day
   * marks the end of everyone's working day.
   */
  public static ZonedDateTime dueAt(OffsetDateTime requestedAt, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
    }
    LocalDate requested = requestedAt.atZoneSameInstant(AMSTERDAM).toLocalDate();
    return addWorkingDays(requested, workingDays).atTime(END_OF_DAY).atZone(AMSTERDAM);
  }

  /** The year's public holidays that are days off, weekend days among them. */
  static Set<LocalDate> publicHolidays(int year) {
    return HOLIDAYS.computeIfAbsent(year, WorkingDays::holidaysOf);
  }

  private static Set<LocalDate> holidaysOf(int year) {
    LocalDate easter = easterSunday(year);
    LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
    if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
      kingsDay = kingsDay.minusDays(1);
    }
    Set<LocalDate> days =
        new HashSet<>(
            Set.of(
                LocalDate.of(year, Month.JANUARY, 1), // Nieuwjaarsdag
                // no Goede Vrijdag (easter - 2): not a general holiday, see the class comment
                easter, // Eerste Paasdag
                easter.plusDays(1), // Tweede Paasdag
                kingsDay, // Koningsdag
                easter.plusDays(39), // Hemelvaartsdag
                easter.plusDays(49), // Eerste Pinksterdag
                easter.plusDays(50), // Tweede Pinksterdag
                LocalDate.of(year, Month.DECEMBER, 25), // Eerste Kerstdag
                LocalDate.of(year, Month.DECEMBER, 26))); // Tweede Kerstdag
    if (year % 5 == 0) {
      days.add(LocalDate.of(year, Month.MAY, 5)); // Bevrijdingsdag, a day off in lustrum years
    }
    return Set.copyOf(days);
  }

  /** Easter Sunday of the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
