package org.gongkai.search.web;

import org.gongkai.search.internal.SearchMaintenance;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 检索索引管理: index size, outbox backlog, last rebuild, and the rebuild button (administrators only). */
@Controller
class SearchAdminController {

  private final SearchMaintenance maintenance;

  SearchAdminController(SearchMaintenance maintenance) {
    this.maintenance = maintenance;
  }

  @GetMapping("/admin/search")
  String status(Model model) {
    SearchMaintenance.Status status = maintenance.status();
    model.addAttribute("nav", "search");
    model.addAttribute("status", status);
    model.addAttribute("sizeText", human(status.index().sizeBytes()));
    return "search/admin";
  }

  @PostMapping("/admin/search/rebuild")
  String rebuild(RedirectAttributes redirect) {
    maintenance.requestRebuild();
    redirect.addFlashAttribute("flash", "已开始重建全文检索索引；重建期间检索照常使用旧索引，完成后自动切换。");
    return "redirect:/admin/search";
  }

  static String human(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format("%.1f KB", bytes / 1024.0);
    }
    if (bytes < 1024L * 1024 * 1024) {
      return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
    return String.format("%.2f GB", bytes / (1024.0 * 1024 * 1024));
  }
}
