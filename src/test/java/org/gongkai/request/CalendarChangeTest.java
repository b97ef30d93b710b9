package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.gongkai.calendar.Calendars;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A newly announced holiday moves the deadlines of open requests, and each request's history says so. */
@GongkaiTest
class CalendarChangeTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Calendars calendars;
  @Autowired DisclosureRequests requests;

  LocalDate due(String tn) {
    return jdbc.sql("select due_date from disclosure_request where tracking_number = :tn").param("tn", tn)
        .query(LocalDate.class).single();
  }

  @Test
  void aNewHolidayMovesOpenDeadlinesAndIsRecordedOnEachRequest() throws Exception {
    String body = mvc.perform(post("/api/v1/requests").with(r -> { r.setRemoteAddr("10.77.0.1"); return r; })
            .contentType(MediaType.APPLICATION_JSON)
            .content(RequestDeskTest.person("")))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    String tn = JsonPath.read(body, "$.trackingNumber");
    LocalDate before = due(tn);
    LocalDate holiday = requests.today().plusDays(3);
    while (!calendars.current().isWorkingDay(holiday) || holiday.getDayOfWeek() == DayOfWeek.SATURDAY
        || holiday.getDayOfWeek() == DayOfWeek.SUNDAY) {
      holiday = holiday.plusDays(1);
    }
    RequestPostProcessor admin = accounts.as("500000", "ADMIN");
    try {
      mvc.perform(post("/admin/calendar/days").with(csrf()).with(admin)
              .param("year", String.valueOf(holiday.getYear())).param("date", holiday.toString())
              .param("name", "临时假日").param("type", "OFF"))
          .andExpect(status().is3xxRedirection())
          .andExpect(flash().attribute("flash", containsString("重新计算")));
      assertThat(calendars.current().isWorkingDay(holiday)).isFalse();
      assertThat(due(tn)).isEqualTo(calendars.current().addWorkingDays(requests.today(), 20)).isAfter(before);
      mvc.perform(get("/admin/requests/" + tn).with(accounts.as("500101", "CLERK")))
          .andExpect(content().string(containsString("工作日历调整")));
    } finally {
      mvc.perform(post("/admin/calendar/days/remove").with(csrf()).with(admin).param("date", holiday.toString()));
    }
    assertThat(calendars.current().isWorkingDay(holiday)).isTrue();
    assertThat(due(tn)).isEqualTo(before);
    assertThat(jdbc.sql("select count(*) from audit_log where action = 'CALENDAR_DAY_SET'").query(Long.class).single()).isPositive();
  }

  @Test
  void aMakeUpWorkingDayOnAWeekdayAndANonAdministratorAreRefused() throws Exception {
    RequestPostProcessor admin = accounts.as("500000", "ADMIN");
    mvc.perform(post("/admin/calendar/days").with(csrf()).with(admin)
            .param("year", "2026").param("date", "2026-12-09").param("name", "错误").param("type", "WORK"))
        .andExpect(flash().attribute("formError", containsString("调休上班只能是星期六或星期日")));
    mvc.perform(post("/admin/calendar/days").with(csrf()).with(admin)
            .param("year", "2026").param("date", "2026-02-30").param("name", "错误").param("type", "OFF"))
        .andExpect(flash().attribute("formError", containsString("日期格式")));
    mvc.perform(post("/admin/calendar/days").with(csrf()).with(admin)
            .param("year", "2031").param("date", "2031-10-01").param("name", "国庆节").param("type", "OFF"))
        .andExpect(flash().attribute("formError", containsString("请先录入2031年")));
    mvc.perform(post("/admin/calendar/days").with(csrf()).with(accounts.as("500000", "SUPERVISOR"))
            .param("year", "2026").param("date", "2026-12-09").param("name", "x").param("type", "OFF"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/calendar").param("year", "2027").with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("2027年的节假日安排尚未录入")));
  }
}
