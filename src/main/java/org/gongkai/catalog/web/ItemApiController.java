package org.gongkai.catalog.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.catalog.internal.CatalogItem;
import org.gongkai.catalog.internal.CatalogQueries;
import org.gongkai.shared.InvalidInputException;
import org.gongkai.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public API of the catalog: an item with its metadata, by id or by 索引号. */
@RestController
@RequestMapping("/api/v1/items")
class ItemApiController {

  private final CatalogQueries queries;

  ItemApiController(CatalogQueries queries) {
    this.queries = queries;
  }

  /** GET /api/v1/items/{id}. */
  @GetMapping("/{id}")
  ItemJson item(@PathVariable long id) {
    return json(queries.publicItem(id).orElseThrow(() -> new NotFoundException("未找到编号为 " + id + " 的政府信息")));
  }

  /** GET /api/v1/items?indexNumber=014416330/2018-04736 (the hyphenated form 0142768-8/2022-00185 is accepted). */
  @GetMapping
  ItemJson byIndexNumber(@RequestParam String indexNumber) {
    if (indexNumber.isBlank() || indexNumber.length() > 40) {
      throw new InvalidInputException("indexNumber", "索引号格式不正确，应为“组织机构代码/年份-流水号”，例如 014416330/2018-04736");
    }
    return json(queries.publicItemByIndexNumber(indexNumber)
        .orElseThrow(() -> new NotFoundException("未找到索引号为 " + indexNumber.strip() + " 的政府信息")));
  }

  private static ItemJson json(CatalogQueries.PublicItem page) {
    CatalogItem i = page.item();
    return new ItemJson(
        i.id(), i.indexNumber(), i.title(), new AgencyJson(i.agencyCode(), i.agencyName()), i.documentNumber(),
        i.writtenOn(), i.publishedOn(), i.subjectLabel(), i.genreLabel(),
        new CategoryJson(i.category().name(), i.category().item(), i.category().label()), i.disclosureMode(),
        i.validity() == null ? null : new CodeJson(i.validity().name(), i.validity().label()),
        new CodeJson(i.state().name(), i.state().label()),
        i.withdrawnReason() == null ? null : new WithdrawalJson(i.withdrawnAt(), i.withdrawnReason()),
        i.body(),
        page.attachments().stream().map(a -> new AttachmentJson(a.id(), a.fileName(), a.contentType(), a.sizeBytes(),
            "/items/" + i.id() + "/attachments/" + a.id())).toList(),
        i.interpretsId() == null ? null : i.interpretsId(),
        page.interpretations().stream()
            .map(x -> new RefJson(x.id(), x.title(), "/api/v1/items/" + x.id())).toList(),
        page.links().stream().map(l -> new LinkJson(l.outgoing() ? l.kind() : ("AMENDS".equals(l.kind()) ? "AMENDED_BY" : "REPEALED_BY"),
            l.otherId(), l.otherTitle(), l.effectiveOn())).toList(),
        page.history().stream().map(h -> new ValidityJson(h.changedOn(),
            h.from() == null ? null : h.from().name(), h.to().name(), h.reason())).toList(),
        "/items/" + i.id());
  }

  record ItemJson(long id, String indexNumber, String title, AgencyJson agency, String documentNumber,
      LocalDate writtenOn, LocalDate publishedOn, String subject, String genre, CategoryJson category,
      String disclosureMode, CodeJson validity, CodeJson state, WithdrawalJson withdrawn, String body,
      List<AttachmentJson> attachments, Long interprets, List<RefJson> interpretations, List<LinkJson> links,
      List<ValidityJson> validityHistory, String url) {}

  record AgencyJson(String code, String name) {}

  record CategoryJson(String key, int item, String label) {}

  record CodeJson(String key, String label) {}

  record WithdrawalJson(Instant at, String reason) {}

  record AttachmentJson(long id, String fileName, String contentType, long size, String url) {}

  record RefJson(long id, String title, String url) {}

  record LinkJson(String kind, long itemId, String title, LocalDate effectiveOn) {}

  record ValidityJson(LocalDate on, String from, String to, String reason) {}
}
