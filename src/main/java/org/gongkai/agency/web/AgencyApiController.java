package org.gongkai.agency.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyKind;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyTree;
import org.gongkai.agency.DisclosureOffice;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestHeader;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public agency directory as JSON. */
@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "行政机关", description = "行政机关目录与机构信息")
class AgencyApiController {

  private final Agencies agencies;
  private final JsonMapper json;
  /** The serialised list of the tree snapshot it was made from: the list changes only with the tree. */
  private volatile Serialised cached;

  AgencyApiController(Agencies agencies, JsonMapper json) {
    this.agencies = agencies;
    this.json = json;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "全部行政机关（树，按路径排序）")
  @io.swagger.v3.oas.annotations.responses.ApiResponse(
      responseCode = "200",
      content = @io.swagger.v3.oas.annotations.media.Content(
          array = @io.swagger.v3.oas.annotations.media.ArraySchema(
              schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = AgencySummary.class))))
  ResponseEntity<byte[]> all(@RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
    AgencyTree tree = agencies.tree();
    Serialised current = cached;
    if (current == null || current.tree() != tree) {
      List<AgencySummary> body =
          tree.all().stream().map(a -> new AgencySummary(a.code(), a.name(), a.parentCode(), a.kind(), a.level())).toList();
      byte[] bytes = json.writeValueAsBytes(body);
      current = new Serialised(tree, bytes, "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "\"");
      cached = current;
    }
    if (current.etag().equals(ifNoneMatch)) {
      return ResponseEntity.status(304).eTag(current.etag()).build();
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noCache()).eTag(current.etag())
        .contentType(MediaType.APPLICATION_JSON).body(current.bytes());
  }

  private record Serialised(AgencyTree tree, byte[] bytes, String etag) {}

  @GetMapping("/{code}")
  @Operation(summary = "一个行政机关的机构信息与公开工作机构联系方式")
  AgencyView one(@PathVariable String code) {
    Agency a = agencies.require(code);
    return new AgencyView(
        a.code(), a.name(), a.shortName(), a.parentCode(), a.kind(), a.level(), a.organisationCode(),
        a.functions(), a.structure(), a.head(), a.address(), a.officeHours(), a.phone(), a.fax(), a.email(),
        a.website(), a.disclosureOffice(), a.acceptsRequests(), a.establishedOn(),
        agencies.tree().children(a.code()).stream().map(c -> c.code()).toList());
  }

  record AgencySummary(String code, String name, String parentCode, AgencyKind kind, AgencyLevel level) {}

  record AgencyView(
      String code,
      String name,
      String shortName,
      String parentCode,
      AgencyKind kind,
      AgencyLevel level,
      String organisationCode,
      String functions,
      String structure,
      String head,
      String address,
      String officeHours,
      String phone,
      String fax,
      String email,
      String website,
      DisclosureOffice disclosureOffice,
      boolean acceptsRequests,
      LocalDate establishedOn,
      List<String> childCodes) {}
}
