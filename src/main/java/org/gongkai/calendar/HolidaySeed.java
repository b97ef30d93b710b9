package org.gongkai.calendar;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;

/**
 * Flyway migration V11: the statutory holidays and make-up working days of 2019–2026 from
 * {@code db/holidays.csv} (date, name, OFF|WORK, year of the State Council notice).
 */
public class HolidaySeed {

  private HolidaySeed() {}

  public static void load(Context context) throws Exception {
    var connection = context.getConnection();
    try (PreparedStatement year = connection.prepareStatement(
            "insert into calendar_year (year, source) values (?, '国务院办公厅关于节假日安排的通知') on conflict do nothing");
        PreparedStatement day = connection.prepareStatement(
            "insert into calendar_day (day, name, type, notice_year) values (?, ?, ?, ?) on conflict (day) do nothing");
        BufferedReader reader = new BufferedReader(new InputStreamReader(
            new ClassPathResource("db/holidays.csv").getInputStream(), StandardCharsets.UTF_8))) {
      String line = reader.readLine(); // header
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",");
        int noticeYear = Integer.parseInt(f[3].trim());
        year.setInt(1, noticeYear);
        year.executeUpdate();
        day.setDate(1, Date.valueOf(LocalDate.parse(f[0].trim())));
        day.setString(2, f[1].trim());
        day.setString(3, f[2].trim());
        day.setInt(4, noticeYear);
        day.executeUpdate();
      }
    }
  }
}
