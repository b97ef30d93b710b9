package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties of working-day arithmetic, checked on random dates over the 2019–2026 holiday data. */
class WorkingDayCalendarPropertiesTest {

  static final WorkingDayCalendar CALENDAR = load();
  static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
  final Random random = new Random(20261129L);

  static WorkingDayCalendar load() {
    List<CalendarDay> days = new ArrayList<>();
    Set<Integer> years = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        WorkingDayCalendarPropertiesTest.class.getResourceAsStream("/db/holidays.csv"), StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",");
        days.add(new CalendarDay(LocalDate.parse(f[0].trim()), f[1].trim(), DayType.valueOf(f[2].trim())));
        years.add(Integer.parseInt(f[3].trim()));
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return new WorkingDayCalendar(days, years);
  }

  LocalDate randomDay() {
    return FIRST.plusDays(random.nextInt(365 * 8 - 120));
  }

  @Test
  void addingAThenBWorkingDaysEqualsAddingAPlusB() {
    for (int i = 0; i < 2000; i++) {
      LocalDate from = randomDay();
      int a = random.nextInt(40);
      int b = random.nextInt(40);
      assertThat(CALENDAR.addWorkingDays(CALENDAR.addWorkingDays(from, a), b))
          .as("from %s a %d b %d", from, a, b)
          .isEqualTo(CALENDAR.addWorkingDays(from, a + b));
    }
  }

  @Test
  void aResultAfterAtLeastOneDayIsNeverAHolidayNorAPlainWeekend() {
    for (int i = 0; i < 2000; i++) {
      LocalDate from = randomDay();
      int n = 1 + random.nextInt(60);
      LocalDate result = CALENDAR.addWorkingDays(from, n);
      CalendarDay marked = CALENDAR.marked(result);
      boolean weekend = result.getDayOfWeek() == DayOfWeek.SATURDAY || result.getDayOfWeek() == DayOfWeek.SUNDAY;
      assertThat(marked == null ? !weekend : marked.type() == DayType.WORK).as("%s + %d = %s", from, n, result).isTrue();
      assertThat(result).isAfter(from);
    }
  }

  @Test
  void workingDaysBetweenIsTheInverseOfAdding() {
    for (int i = 0; i < 1000; i++) {
      LocalDate from = randomDay();
      int n = random.nextInt(60);
      assertThat(CALENDAR.workingDaysBetween(from, CALENDAR.addWorkingDays(from, n))).isEqualTo(n);
    }
  }

  @Test
  void theDataKnowsTheSpringFestivalAndItsMakeUpDays() {
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2021, 2, 12))).isFalse(); // 春节
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2021, 2, 7))).isTrue(); // Sunday, 调休上班
    assertThat(CALENDAR.covers(2026)).isTrue();
    assertThat(CALENDAR.covers(2027)).isFalse();
  }
}
