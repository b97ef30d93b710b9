package org.gongkai.request.web;

import org.gongkai.identity.AccessPolicy;
import org.gongkai.request.RequestLetters;
import org.gongkai.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators edit the standard letter templates of the request desk. */
@Controller
class LetterTemplateController {

  private final RequestLetters letters;
  private final AccessPolicy access;

  LetterTemplateController(RequestLetters letters, AccessPolicy access) {
    this.letters = letters;
    this.access = access;
  }

  @GetMapping("/admin/letter-templates")
  String list(Model model) {
    access.requireAdmin();
    model.addAttribute("nav", "requests");
    model.addAttribute("templates", letters.templates());
    return "request/letter-templates";
  }

  @PostMapping("/admin/letter-templates/{code}")
  String save(@PathVariable String code, @RequestParam(defaultValue = "-1") int version, @RequestParam(required = false) String title,
      @RequestParam(required = false) String body, RedirectAttributes redirect) {
    try {
      letters.updateTemplate(code, version, title, body);
      redirect.addFlashAttribute("flash", "已保存模板“" + title + "”");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("formError", e.getMessage());
    }
    return "redirect:/admin/letter-templates#" + code;
  }
}
