package org.gongkai.calendar.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.gongkai.calendar.CalendarAdministration;
import org.gongkai.calendar.Calendars;
import org.gongkai.calendar.DayType;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.shared.InvalidInputException;
import org.gongkai.shared.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page of the working-day calendar. */
@Controller
class CalendarAdminController {

  private final CalendarAdministration admin;
  private final Calendars calendars;
  private final AccessPolicy access;

  CalendarAdminController(CalendarAdministration admin, Calendars calendars, AccessPolicy access) {
    this.admin = admin;
    this.calendars = calendars;
    this.access = access;
  }

  @GetMapping("/admin/calendar")
  String page(@RequestParam(required = false) Integer year, Model model) {
    access.requireAdmin();
    int shown = year == null ? LocalDate.now().getYear() : year;
    model.addAttribute("nav", "calendar");
    model.addAttribute("years", admin.years());
    model.addAttribute("year", shown);
    model.addAttribute("days", admin.days(shown));
    model.addAttribute("covered", calendars.current().covers(shown));
    model.addAttribute("nextYear", admin.years().stream().mapToInt(CalendarAdministration.YearSummary::year).max().orElse(2026) + 1);
    return "calendar/admin";
  }

  @PostMapping("/admin/calendar/years")
  String addYear(@RequestParam(required = false) String year, @RequestParam(required = false) String source,
      RedirectAttributes redirect, HttpServletResponse response, Model model) {
    try {
      int y = parseYear(year);
      admin.addYear(y, source);
      redirect.addFlashAttribute("flash", "已录入" + y + "年，请逐日标记放假和调休上班日期");
      return "redirect:/admin/calendar?year=" + y;
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("formError", e.getMessage());
      return "redirect:/admin/calendar";
    }
  }

  @PostMapping("/admin/calendar/days")
  String setDay(@RequestParam(required = false) String year, @RequestParam(required = false) String date,
      @RequestParam(required = false) String name, @RequestParam(required = false) String type, RedirectAttributes redirect) {
    int y = 0;
    try {
      y = parseYear(year);
      LocalDate d = parseDate(date);
      DayType t;
      try {
        t = type == null ? null : DayType.valueOf(type);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("type", "请选择放假或调休上班");
      }
      admin.setDay(y, d, name, t);
      redirect.addFlashAttribute("flash", "已保存" + d + "，所有办理中申请的答复期限已重新计算");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("formError", e.getMessage());
    }
    return "redirect:/admin/calendar" + (y > 0 ? "?year=" + y : "");
  }

  @PostMapping("/admin/calendar/days/remove")
  String removeDay(@RequestParam(required = false) String year, @RequestParam(required = false) String date, RedirectAttributes redirect) {
    try {
      LocalDate d = parseDate(date);
      admin.removeDay(d);
      redirect.addFlashAttribute("flash", "已取消" + d + "的标记，所有办理中申请的答复期限已重新计算");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("formError", e.getMessage());
    }
    return "redirect:/admin/calendar" + (year != null && year.matches("\\d{4}") ? "?year=" + year : "");
  }

  private static int parseYear(String year) {
    if (year == null || !year.trim().matches("\\d{4}")) {
      throw new InvalidInputException("year", "年份应为四位数字");
    }
    return Integer.parseInt(year.trim());
  }

  private static LocalDate parseDate(String date) {
    try {
      return LocalDate.parse(date == null ? "" : date.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("date", "日期格式应为 yyyy-MM-dd");
    }
  }

  @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
  static class Navigation {
    @Bean
    NavigationLink calendarAdminLink() {
      return new NavigationLink(NavigationLink.Area.ADMIN, "calendar", "工作日历", "/admin/calendar", 80);
    }
  }
}
