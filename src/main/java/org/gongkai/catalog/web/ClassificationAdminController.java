package org.gongkai.catalog.web;

import java.util.function.Supplier;
import org.gongkai.catalog.ItemKind;
import org.gongkai.catalog.internal.CatalogAccess;
import org.gongkai.catalog.internal.Taxonomy;
import org.gongkai.catalog.internal.Taxonomy.Classification;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.InvalidInputException;
import org.gongkai.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 后台 · 目录分类: administrators keep the 主题分类 and 体裁分类 lists — add, rename, reorder,
 * deactivate and reactivate entries, delete those no item uses.
 */
@Controller
class ClassificationAdminController {

  private static final String PAGE = "/admin/catalog/classifications";

  private final Taxonomy taxonomy;
  private final CatalogAccess access;

  ClassificationAdminController(Taxonomy taxonomy, CatalogAccess access) {
    this.taxonomy = taxonomy;
    this.access = access;
  }

  @GetMapping(PAGE)
  String page(Model model) {
    access.policy().requireAdmin();
    model.addAttribute("nav", "catalog");
    model.addAttribute("subjects", taxonomy.all(Classification.SUBJECT));
    model.addAttribute("genres", taxonomy.all(Classification.GENRE));
    model.addAttribute("subjectUsage", taxonomy.usage(Classification.SUBJECT));
    model.addAttribute("genreUsage", taxonomy.usage(Classification.GENRE));
    model.addAttribute("kinds", ItemKind.values());
    return "catalog/admin-classifications";
  }

  @PostMapping(PAGE + "/{list}")
  String add(@PathVariable String list, @RequestParam(required = false) String code, @RequestParam(required = false) String label,
      @RequestParam(required = false) String kind, RedirectAttributes flash) {
    Classification c = classification(list);
    return run(c, flash, () -> {
      Taxonomy.Term t = taxonomy.add(c, code, label, c == Classification.GENRE ? kind(kind) : null);
      return "已新增" + c.label() + "“" + t.label() + "”（代码 " + t.code() + "）。";
    });
  }

  /** One change of an entry: rename (with {@code label}), move (with {@code direction}), deactivate, activate, delete. */
  @PostMapping(PAGE + "/{list}/{code}/{action}")
  String change(@PathVariable String list, @PathVariable String code, @PathVariable String action,
      @RequestParam(required = false) String label, @RequestParam(required = false) String direction, RedirectAttributes flash) {
    Classification c = classification(list);
    return run(c, flash, () -> switch (action) {
      case "rename" -> {
        taxonomy.rename(c, code, label);
        yield "已重命名；使用该分类的已发布信息将在检索中随之更新。";
      }
      case "move" -> {
        taxonomy.move(c, code, !"down".equals(direction));
        yield "已调整顺序。";
      }
      case "deactivate" -> {
        taxonomy.deactivate(c, code);
        yield "已停用；新建和导入信息时不再可选，已使用该分类的信息不受影响。";
      }
      case "activate" -> {
        taxonomy.activate(c, code);
        yield "已重新启用。";
      }
      case "delete" -> {
        taxonomy.delete(c, code);
        yield "已删除。";
      }
      default -> throw new NotFoundException("不支持该操作");
    });
  }

  /** Runs an administrator's change; a rejected one comes back to the page with its Chinese message. */
  private String run(Classification c, RedirectAttributes flash, Supplier<String> change) {
    access.policy().requireAdmin();
    try {
      flash.addFlashAttribute("flash", change.get());
    } catch (InvalidInputException e) {
      flash.addFlashAttribute("formError", String.join("；", e.problems().stream().map(InvalidInputException.FieldProblem::message).toList()));
    } catch (ConflictException e) {
      flash.addFlashAttribute("formError", e.getMessage());
    }
    return "redirect:" + PAGE + "#" + c.slug();
  }

  private static Classification classification(String name) {
    Classification c = Classification.of(name);
    if (c == null) {
      throw new NotFoundException("该分类不存在");
    }
    return c;
  }

  private static ItemKind kind(String name) {
    return Params.enumValue(ItemKind.class, name);
  }
}
