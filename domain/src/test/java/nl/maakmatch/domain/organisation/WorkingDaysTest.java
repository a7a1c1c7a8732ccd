package nl.maakmatch.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  @Test
  void findsEasterByTheGregorianComputus() {
    assertThat(WorkingDays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(WorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(WorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    // the earliest and the latest Easter the rule gives
    assertThat(WorkingDays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
    assertThat(WorkingDays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
  }

  @Test
  void knowsTheDutchHolidaysOf2026() {
    assertThat(WorkingDays.publicHolidays(2026))
        .containsExactlyInAnyOrder(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 4, 5),
            LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 4, 27),
            LocalDate.of(2026, 5, 14),
            LocalDate.of(2026, 5, 24),
            LocalDate.of(2026, 5, 25),
            LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 26));
  }

  @Test
  void celebratesKingsDayOnSaturdayWhenThe27thIsASunday() {
    assertThat(LocalDate.of(2025, 4, 27).getDayOfWeek()).hasToString("SUNDAY");
    assertThat(WorkingDays.publicHolidays(2025))
        .contains(LocalDate.of(2025, 4, 26))
        .doesNotContain(LocalDate.of(2025, 4, 27));
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
  }

  @Test
  void givesLiberationDayOffInLustrumYearsOnly() {
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 5, 5))).isFalse();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 5))).isTrue();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2030, 5, 6))).isTrue();
    assertThat(WorkingDays.publicHolidays(2030)).contains(LocalDate.of(2030, 5, 5));
  }

  @Test
  void countsGoodFridayAsAWorkingDay() {
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 3))).isTrue();
  }

  @Test
  void countsNeitherWeekendNorHolidayAsWorkingDays() {
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 14))).isFalse();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 3, 9))).isTrue();
  }

  @Test
  void skipsChristmasAndNewYear() {
    LocalDate christmasEve = LocalDate.of(2025, 12, 24);
    assertThat(WorkingDays.addWorkingDays(christmasEve, 1)).isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(WorkingDays.addWorkingDays(christmasEve, 3)).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(WorkingDays.addWorkingDays(christmasEve, 4)).isEqualTo(LocalDate.of(2026, 1, 2));
    assertThat(WorkingDays.workingDaysBetween(christmasEve, LocalDate.of(2026, 1, 2))).isEqualTo(4);
  }

  @Test
  void skipsTheEasterWeekendButNotGoodFriday() {
    LocalDate maundyThursday = LocalDate.of(2026, 4, 2);
    assertThat(WorkingDays.addWorkingDays(maundyThursday, 1)).isEqualTo(LocalDate.of(2026, 4, 3));
    assertThat(WorkingDays.addWorkingDays(maundyThursday, 2)).isEqualTo(LocalDate.of(2026, 4, 7));
  }

  @Test
  void skipsKingsDayAscensionAndWhitMonday() {
    assertThat(WorkingDays.addWorkingDays(LocalDate.of(2026, 4, 24), 1))
        .isEqualTo(LocalDate.of(2026, 4, 28));
    assertThat(WorkingDays.addWorkingDays(LocalDate.of(2026, 5, 13), 1))
        .isEqualTo(LocalDate.of(2026, 5, 15));
    assertThat(WorkingDays.addWorkingDays(LocalDate.of(2026, 5, 22), 1))
        .isEqualTo(LocalDate.of(2026, 5, 26));
  }

  @Test
  void countsFromTheDayAfterAWeekendDay() {
    LocalDate saturday = LocalDate.of(2026, 3, 7);
    assertThat(WorkingDays.addWorkingDays(saturday, 1)).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(WorkingDays.addWorkingDays(saturday, 0)).isEqualTo(saturday);
  }

  @Test
  void countsBackwardsForNegativeDays() {
    assertThat(WorkingDays.addWorkingDays(LocalDate.of(2026, 1, 2), -4))
        .isEqualTo(LocalDate.of(2025, 12, 24));
    assertThat(WorkingDays.workingDaysBetween(LocalDate.of(2026, 1, 2), LocalDate.of(2025, 12, 24)))
        .isEqualTo(-4);
  }

  @Test
  void addingAndCountingAgreeOnEveryDayOfThreeYears() {
    for (LocalDate day = LocalDate.of(2025, 1, 1);
        day.isBefore(LocalDate.of(2028, 1, 1));
        day = day.plusDays(1)) {
      for (int n = 1; n <= 25; n += 6) {
        LocalDate due = WorkingDays.addWorkingDays(day, n);
        assertThat(WorkingDays.isWorkingDay(due)).as("%s + %d", day, n).isTrue();
        assertThat(WorkingDays.workingDaysBetween(day, due)).as("%s + %d", day, n).isEqualTo(n);
      }
    }
  }

  @Test
  void makesAnAnswerDueAtTheEndOfTheLastWorkingDayInAmsterdam() {
    OffsetDateTime mondayMorning = OffsetDateTime.parse("2026-03-02T09:00:00Z");
    assertThat(WorkingDays.dueAt(mondayMorning, 5))
        .isEqualTo(ZonedDateTime.parse("2026-03-09T23:59:59+01:00[Europe/Amsterdam]"));
  }

  @Test
  void takesTheDayOfTheRequestAsItIsInAmsterdam() {
    // Sunday 23:30 UTC is Monday 00:30 in Amsterdam: the Monday does not count
    OffsetDateTime sundayNightUtc = OffsetDateTime.parse("2026-03-01T23:30:00Z");
    assertThat(WorkingDays.dueAt(sundayNightUtc, 1).toLocalDate())
        .isEqualTo(LocalDate.of(2026, 3, 3));
    // Friday 23:30 in Amsterdam and Saturday 00:30: both are due on Monday
    assertThat(WorkingDays.dueAt(OffsetDateTime.parse("2026-03-06T22:30:00Z"), 1).toLocalDate())
        .isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(WorkingDays.dueAt(OffsetDateTime.parse("2026-03-06T23:30:00Z"), 1).toLocalDate())
        .isEqualTo(LocalDate.of(2026, 3, 9));
  }

  @Test
  void endsTheDueDayInSummerTimeAfterTheClocksGoForward() {
    OffsetDateTime friday = OffsetDateTime.of(2026, 3, 27, 10, 0, 0, 0, ZoneOffset.ofHours(1));
    assertThat(WorkingDays.dueAt(friday, 1).toOffsetDateTime())
        .isEqualTo(OffsetDateTime.parse("2026-03-30T23:59:59+02:00"));
  }

  @Test
  void refusesANegativeResponseTime() {
    assertThatThrownBy(() -> WorkingDays.dueAt(OffsetDateTime.parse("2026-03-02T09:00:00Z"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
