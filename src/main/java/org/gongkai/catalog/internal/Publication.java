package org.gongkai.catalog.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.audit.AuditLog;
import org.gongkai.catalog.Art20Category;
import org.gongkai.catalog.DocumentNumber;
import org.gongkai.catalog.IndexNumber;
import org.gongkai.catalog.ItemKind;
import org.gongkai.catalog.ItemState;
import org.gongkai.catalog.Validity;
import org.gongkai.search.SearchOutbox;
import org.gongkai.shared.Checks;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.InvalidInputException;
import org.gongkai.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of an item: written (草稿), submitted for 保密审查 (待审查), approved and published now or at
 * a set time (定时发布 → 已发布), withdrawn with a reason (已撤回). Every transition is a named method
 * that checks who may do it and that the item is in the state it starts from, records the step in the
 * item's history and in the audit log, and tells the search index through its outbox.
 */
@Service
public class Publication {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final CatalogRepository repository;
  private final Taxonomy taxonomy;
  private final Agencies agencies;
  private final CatalogAccess access;
  private final AuditLog audit;
  private final SearchOutbox outbox;
  private final Clock clock;

  Publication(CatalogRepository repository, Taxonomy taxonomy, Agencies agencies, CatalogAccess access, AuditLog audit,
      SearchOutbox outbox) {
    this.repository = repository;
    this.taxonomy = taxonomy;
    this.agencies = agencies;
    this.access = access;
    this.audit = audit;
    this.outbox = outbox;
    this.clock = Clock.system(CHINA);
  }

  // --- writing ---

  /** Creates a draft. */
  @Transactional
  public CatalogItem create(ItemDraft draft) {
    Valid v = validate(draft, null);
    access.requireEdit(v.agency.code());
    long id = repository.jdbc().sql(
            "insert into catalog_item (agency_code, agency_path, title, document_number, document_number_key, written_on,"
                + " subject_code, genre_code, kind, category, body, body_text, state, validity, needs_interpretation,"
                + " interprets_id, source_id, created_by)"
                + " values (:agency, :path, :title, :dn, :dnk, :written, :subject, :genre, :kind, :category, :body, :text,"
                + " 'DRAFT', :validity, :needs, :interprets, :source, :actor) returning id")
        .param("agency", v.agency.code()).param("path", v.agency.path())
        .param("title", draft.title().strip())
        .param("dn", v.documentNumber == null ? null : v.documentNumber.text())
        .param("dnk", v.documentNumber == null ? null : v.documentNumber.key())
        .param("written", draft.writtenOn())
        .param("subject", v.subject.code()).param("genre", v.genre.code()).param("kind", v.genre.kind().name())
        .param("category", v.category.name()).param("body", v.body).param("text", BodySanitizer.text(v.body))
        .param("validity", v.validity == null ? null : v.validity.name())
        .param("needs", draft.needsInterpretation() && v.genre.kind().hasValidity())
        .param("interprets", v.genre.kind() == ItemKind.INTERPRETATION ? draft.interpretsId() : null)
        .param("source", blankToNull(draft.sourceId()))
        .param("actor", access.actor())
        .query(Long.class).single();
    repository.recordTransition(id, null, ItemState.DRAFT, "创建", access.actor(), null);
    audit.record("CATALOG_ITEM_CREATED", "catalog_item", String.valueOf(id), "新建政府信息：" + draft.title().strip(), null);
    if (v.validity != null) {
      insertValidity(id, null, v.validity, draft.writtenOn(), "制发", null);
    }
    return require(id);
  }

  /** Edits an item (a draft, or a published item: the change shows at once). */
  @Transactional
  public CatalogItem update(long id, int expectedVersion, ItemDraft draft) {
    CatalogItem item = lock(id);
    access.requireEdit(item.agencyCode());
    if (item.state() != ItemState.DRAFT && item.state() != ItemState.PUBLISHED) {
      throw new ConflictException("该信息当前状态为“" + item.state().label() + "”，不能修改（只有草稿和已发布的信息可以修改）");
    }
    Valid v = validate(new ItemDraft(item.agencyCode(), draft.title(), draft.documentNumber(), draft.writtenOn(),
        draft.subject(), draft.genre(), draft.category(), draft.body(), draft.validity() == null ? item.validity() : draft.validity(),
        draft.needsInterpretation(), draft.interpretsId(), draft.sourceId()), item);
    if (item.state() == ItemState.PUBLISHED && v.genre.kind() != item.kind()) {
      throw new InvalidInputException("genre", "已发布信息不能改为其他类型的体裁（" + item.kind().label() + "）");
    }
    int changed = repository.jdbc().sql(
            "update catalog_item set title = :title, document_number = :dn, document_number_key = :dnk, written_on = :written,"
                + " subject_code = :subject, genre_code = :genre, kind = :kind, category = :category, body = :body, body_text = :text,"
                + " needs_interpretation = :needs, interprets_id = :interprets, updated_at = now(), version = version + 1"
                + " where id = :id and version = :version")
        .param("title", draft.title().strip())
        .param("dn", v.documentNumber == null ? null : v.documentNumber.text())
        .param("dnk", v.documentNumber == null ? null : v.documentNumber.key())
        .param("written", draft.writtenOn())
        .param("subject", v.subject.code()).param("genre", v.genre.code()).param("kind", v.genre.kind().name())
        .param("category", v.category.name()).param("body", v.body).param("text", BodySanitizer.text(v.body))
        .param("needs", draft.needsInterpretation() && v.genre.kind().hasValidity())
        .param("interprets", v.genre.kind() == ItemKind.INTERPRETATION ? draft.interpretsId() : null)
        .param("id", id).param("version", expectedVersion)
        .update();
    if (changed == 0) {
      throw new ConflictException("该信息已被他人修改（当前版本 " + item.version() + "），请刷新后重新编辑");
    }
    if (item.validity() == null && v.validity != null) {
      repository.jdbc().sql("update catalog_item set validity = :v where id = :id").param("v", v.validity.name()).param("id", id).update();
      insertValidity(id, null, v.validity, draft.writtenOn(), "制发", null);
    }
    audit.record("CATALOG_ITEM_UPDATED", "catalog_item", String.valueOf(id), "修改政府信息：" + draft.title().strip(),
        item.title().equals(draft.title().strip()) ? null : "标题：" + item.title() + " → " + draft.title().strip());
    if (item.state() == ItemState.PUBLISHED) {
      outbox.itemChanged(id);
    }
    return require(id);
  }

  /**
   * Imports one existing item (a row of a bulk import), in the caller's transaction: published with
   * the given (or a generated) 索引号 when it has a 发布日期, otherwise a draft. Returns the new id, or
   * empty when the same item is already in the catalog (same source id, or same agency, 文号 and
   * title), so that running an import twice does not duplicate.
   */
  @Transactional
  public java.util.OptionalLong importItem(ItemDraft draft, LocalDate publishedOn, String indexNumber) {
    Valid v = validate(draft, null);
    access.requireEdit(v.agency.code());
    Checks checks = Checks.start();
    if (publishedOn != null && draft.writtenOn() != null && publishedOn.isBefore(draft.writtenOn())) {
      checks.add("publishedOn", "发布日期不能早于成文日期");
    }
    if (publishedOn != null && publishedOn.isAfter(LocalDate.now(clock))) {
      checks.add("publishedOn", "发布日期不能晚于今天");
    }
    String number = null;
    if (indexNumber != null && !indexNumber.isBlank()) {
      if (publishedOn == null) {
        checks.add("indexNumber", "有索引号的信息应同时填写发布日期");
      }
      try {
        number = IndexNumber.parse(indexNumber).value();
      } catch (IllegalArgumentException e) {
        checks.add("indexNumber", e.getMessage());
      }
    }
    checks.throwIfAny();
    String source = blankToNull(draft.sourceId());
    Long existing;
    if (source != null) {
      existing = repository.jdbc().sql("select id from catalog_item where agency_code = :a and source_id = :s")
          .param("a", v.agency.code()).param("s", source).query(Long.class).optional().orElse(null);
    } else {
      existing = repository.jdbc().sql("select id from catalog_item where agency_code = :a and title = :t"
              + " and coalesce(document_number_key, '') = :k and written_on = :w limit 1")
          .param("a", v.agency.code()).param("t", draft.title().strip())
          .param("k", v.documentNumber == null ? "" : v.documentNumber.key()).param("w", draft.writtenOn())
          .query(Long.class).optional().orElse(null);
    }
    if (existing != null) {
      return java.util.OptionalLong.empty();
    }
    if (number != null) {
      Integer taken = repository.jdbc().sql("select count(*) from catalog_item where index_number = :n").param("n", number)
          .query(Integer.class).single();
      if (taken > 0) {
        throw new InvalidInputException("indexNumber", "索引号 " + number + " 已被其他信息使用");
      }
    } else if (publishedOn != null) {
      String org = organisationCode(v.agency.code());
      number = new IndexNumber(org, publishedOn.getYear(), repository.nextSerial(org, publishedOn.getYear())).value();
    }
    long id = repository.jdbc().sql(
            "insert into catalog_item (agency_code, agency_path, title, document_number, document_number_key, written_on,"
                + " published_on, published_at, index_number, subject_code, genre_code, kind, category, body, body_text, state,"
                + " validity, needs_interpretation, interprets_id, source_id, created_by)"
                + " values (:agency, :path, :title, :dn, :dnk, :written, :published, :publishedAt, :number, :subject, :genre, :kind,"
                + " :category, :body, :text, :state, :validity, :needs, :interprets, :source, :actor) returning id")
        .param("agency", v.agency.code()).param("path", v.agency.path())
        .param("title", draft.title().strip())
        .param("dn", v.documentNumber == null ? null : v.documentNumber.text())
        .param("dnk", v.documentNumber == null ? null : v.documentNumber.key())
        .param("written", draft.writtenOn())
        .param("published", publishedOn)
        .param("publishedAt", publishedOn == null ? null : Timestamp.from(publishedOn.atTime(9, 0).atZone(CHINA).toInstant()))
        .param("number", number)
        .param("subject", v.subject.code()).param("genre", v.genre.code()).param("kind", v.genre.kind().name())
        .param("category", v.category.name()).param("body", v.body).param("text", BodySanitizer.text(v.body))
        .param("state", publishedOn == null ? "DRAFT" : "PUBLISHED")
        .param("validity", v.validity == null ? null : v.validity.name())
        .param("needs", draft.needsInterpretation() && v.genre.kind().hasValidity())
        .param("interprets", v.genre.kind() == ItemKind.INTERPRETATION ? draft.interpretsId() : null)
        .param("source", source)
        .param("actor", access.actor())
        .query(Long.class).single();
    ItemState state = publishedOn == null ? ItemState.DRAFT : ItemState.PUBLISHED;
    repository.recordTransition(id, null, state, "批量导入", access.actor(), number == null ? null : "索引号 " + number);
    if (v.validity != null) {
      insertValidity(id, null, v.validity, draft.writtenOn(), "制发", null);
      if (!v.validity.inForce()) {
        repository.jdbc().sql("update catalog_item set ended_on = :e where id = :id")
            .param("e", publishedOn == null ? draft.writtenOn() : publishedOn).param("id", id).update();
      }
    }
    audit.record("CATALOG_ITEM_IMPORTED", "catalog_item", String.valueOf(id), "导入政府信息：" + draft.title().strip(),
        number == null ? null : "索引号：" + number);
    if (state == ItemState.PUBLISHED) {
      outbox.itemChanged(id);
    }
    return java.util.OptionalLong.of(id);
  }

  /** Records an uploaded attachment (in the upload's transaction): audited, and re-indexed when published. */
  @Transactional
  public void attachmentAdded(long id, long attachmentId) {
    CatalogItem item = require(id);
    audit.record("CATALOG_ATTACHMENT_ADDED", "catalog_item", String.valueOf(id), "上传附件：" + item.title(),
        "附件编号 " + attachmentId);
    repository.jdbc().sql("update catalog_item set updated_at = now() where id = :id").param("id", id).update();
    if (item.state() == ItemState.PUBLISHED) {
      outbox.itemChanged(id);
    }
  }

  // --- workflow ---

  /** 提交审查: DRAFT → IN_REVIEW. */
  @Transactional
  public CatalogItem submit(long id) {
    CatalogItem item = lock(id);
    access.requireEdit(item.agencyCode());
    guard(item, "提交审查", ItemState.DRAFT);
    move(item, ItemState.IN_REVIEW, "提交审查", null);
    return require(id);
  }

  /** 退回修改: IN_REVIEW → DRAFT, with the reviewer's note. */
  @Transactional
  public CatalogItem returnToDraft(long id, String note) {
    CatalogItem item = lock(id);
    access.requireReview(item.agencyCode());
    guard(item, "退回修改", ItemState.IN_REVIEW);
    Checks.start().required("note", "退回意见", note).maxLength("note", "退回意见", note, 500).throwIfAny();
    move(item, ItemState.DRAFT, "退回修改", note.strip());
    return require(id);
  }

  /**
   * 审查通过: IN_REVIEW → PUBLISHED now, or → SCHEDULED when {@code publishAt} lies in the future. The
   * document's interpretations waiting in review are approved with it (同步发布).
   */
  @Transactional
  public CatalogItem approve(long id, Instant publishAt) {
    CatalogItem item = lock(id);
    access.requireReview(item.agencyCode());
    guard(item, "审查通过", ItemState.IN_REVIEW);
    Instant now = clock.instant();
    if (publishAt != null && publishAt.isAfter(now.plusSeconds(365L * 24 * 3600))) {
      throw new InvalidInputException("publishAt", "定时发布时间不能晚于一年以后");
    }
    if (item.kind() == ItemKind.INTERPRETATION && item.interpretsId() != null) {
      CatalogItem doc = require(item.interpretsId());
      if (doc.state() != ItemState.PUBLISHED) {
        throw new ConflictException("所解读的文件“" + doc.title() + "”当前状态为“" + doc.state().label()
            + "”，政策解读应与文件同步发布：请在审核该文件时一并发布");
      }
    }
    boolean later = publishAt != null && publishAt.isAfter(now);
    if (later) {
      schedule(item, publishAt);
    } else {
      publishNow(item, "审查通过并发布");
    }
    for (CatalogItem interpretation : repository.interpretationsOf(id)) {
      if (interpretation.state() == ItemState.IN_REVIEW && access.canReview(interpretation.agencyCode())) {
        if (later) {
          schedule(interpretation, publishAt);
        } else {
          publishNow(interpretation, "与所解读文件同步发布");
        }
      }
    }
    return require(id);
  }

  /** 取消定时发布: SCHEDULED → IN_REVIEW. */
  @Transactional
  public CatalogItem cancelSchedule(long id) {
    CatalogItem item = lock(id);
    access.requireReview(item.agencyCode());
    guard(item, "取消定时发布", ItemState.SCHEDULED);
    repository.jdbc().sql("update catalog_item set scheduled_at = null where id = :id").param("id", id).update();
    move(item, ItemState.IN_REVIEW, "取消定时发布", null);
    return require(id);
  }

  /** Publishes every scheduled item that is due (the scheduled job); returns how many. */
  @Transactional
  public int publishDue() {
    List<Long> due = repository.jdbc()
        .sql("select id from catalog_item where state = 'SCHEDULED' and scheduled_at <= :now order by scheduled_at for update skip locked limit 500")
        .param("now", Timestamp.from(clock.instant()))
        .query(Long.class).list();
    for (Long id : due) {
      publishNow(require(id), "定时发布");
    }
    return due.size();
  }

  /** 撤回: PUBLISHED → WITHDRAWN with the reason the public page shows. */
  @Transactional
  public CatalogItem withdraw(long id, String reason) {
    CatalogItem item = lock(id);
    access.requireReview(item.agencyCode());
    guard(item, "撤回", ItemState.PUBLISHED);
    Checks.start().required("reason", "撤回原因", reason).maxLength("reason", "撤回原因", reason, 500).throwIfAny();
    repository.jdbc().sql("update catalog_item set state = 'WITHDRAWN', withdrawn_reason = :r, withdrawn_at = now(),"
            + " updated_at = now(), version = version + 1 where id = :id")
        .param("r", reason.strip()).param("id", id).update();
    repository.recordTransition(id, item.state(), ItemState.WITHDRAWN, "撤回", access.actor(), reason.strip());
    audit.record("CATALOG_ITEM_WITHDRAWN", "catalog_item", String.valueOf(id), "撤回政府信息：" + item.title(), "原因：" + reason.strip());
    outbox.itemChanged(id);
    return require(id);
  }

  // --- validity and 立改废 ---

  /** Changes the validity of a published rule or normative document, with the date and the reason. */
  @Transactional
  public CatalogItem changeValidity(long id, Validity to, LocalDate on, String reason) {
    CatalogItem item = lock(id);
    access.requireReview(item.agencyCode());
    if (!item.kind().hasValidity()) {
      throw new ConflictException("只有规章和行政规范性文件有“有效性”");
    }
    Checks checks = Checks.start().required("reason", "变更原因", reason).maxLength("reason", "变更原因", reason, 500);
    if (to == null) {
      checks.add("validity", "请选择有效性");
    }
    if (on == null) {
      checks.add("on", "请填写变更日期");
    } else if (on.isBefore(item.writtenOn())) {
      checks.add("on", "变更日期不能早于成文日期");
    } else if (on.isAfter(LocalDate.now(clock).plusYears(1))) {
      checks.add("on", "变更日期不能晚于一年以后");
    }
    checks.throwIfAny();
    applyValidity(item, to, on, reason.strip(), null);
    return require(id);
  }

  /** Records that {@code fromId} amends or repeals {@code toId} from {@code on}; the target's validity follows. */
  @Transactional
  public void link(long fromId, long toId, String kind, LocalDate on) {
    CatalogItem from = lock(fromId);
    CatalogItem to = lock(toId);
    access.requireEdit(from.agencyCode());
    if (!"AMENDS".equals(kind) && !"REPEALS".equals(kind)) {
      throw new InvalidInputException("kind", "关系应为“修改”或“废止”");
    }
    if (fromId == toId) {
      throw new InvalidInputException("target", "文件不能修改或废止自身");
    }
    if (!from.kind().hasValidity() || !to.kind().hasValidity()) {
      throw new InvalidInputException("target", "只有规章和行政规范性文件之间可以建立修改、废止关系");
    }
    if (on == null) {
      throw new InvalidInputException("on", "请填写生效日期");
    }
    Integer exists = repository.jdbc().sql("select count(*) from catalog_link where from_item_id = :f and to_item_id = :t and kind = :k")
        .param("f", fromId).param("t", toId).param("k", kind).query(Integer.class).single();
    if (exists > 0) {
      throw new ConflictException("该关系已存在");
    }
    repository.jdbc().sql("insert into catalog_link (from_item_id, to_item_id, kind, effective_on) values (:f, :t, :k, :on)")
        .param("f", fromId).param("t", toId).param("k", kind).param("on", on).update();
    String verb = "AMENDS".equals(kind) ? "修改" : "废止";
    audit.record("CATALOG_ITEM_LINKED", "catalog_item", String.valueOf(toId),
        "《" + from.title() + "》" + verb + "《" + to.title() + "》", null);
    if (to.state() == ItemState.PUBLISHED || to.state() == ItemState.WITHDRAWN) {
      applyValidity(to, "AMENDS".equals(kind) ? Validity.AMENDED : Validity.REPEALED, on,
          "被《" + from.title() + "》" + verb, fromId);
    }
    if (from.state() == ItemState.PUBLISHED) {
      outbox.itemChanged(fromId);
    }
  }

  private void applyValidity(CatalogItem item, Validity to, LocalDate on, String reason, Long causeId) {
    if (to == item.validity()) {
      throw new ConflictException("该文件的有效性已经是“" + to.label() + "”");
    }
    if (item.validity() == Validity.REPEALED || item.validity() == Validity.EXPIRED) {
      throw new ConflictException("该文件已“" + item.validity().label() + "”，不能再变更有效性");
    }
    LocalDate ended = to.inForce() ? null : on;
    repository.jdbc().sql("update catalog_item set validity = :v, ended_on = :e, updated_at = now(), version = version + 1 where id = :id")
        .param("v", to.name()).param("e", ended).param("id", item.id()).update();
    insertValidity(item.id(), item.validity(), to, on, reason, causeId);
    audit.record("CATALOG_VALIDITY_CHANGED", "catalog_item", String.valueOf(item.id()),
        "有效性变更：" + item.title() + "（" + (item.validity() == null ? "—" : item.validity().label()) + " → " + to.label() + "）", reason);
    if (item.state() == ItemState.PUBLISHED) {
      outbox.itemChanged(item.id());
    }
  }

  private void insertValidity(long id, Validity from, Validity to, LocalDate on, String reason, Long causeId) {
    repository.jdbc().sql("insert into catalog_validity_change (item_id, from_validity, to_validity, changed_on, reason, cause_item_id, actor)"
            + " values (:i, :f, :t, :on, :r, :c, :a)")
        .param("i", id).param("f", from == null ? null : from.name()).param("t", to.name()).param("on", on)
        .param("r", reason).param("c", causeId).param("a", access.actor()).update();
  }

  // --- internals ---

  private void schedule(CatalogItem item, Instant at) {
    repository.jdbc().sql("update catalog_item set state = 'SCHEDULED', scheduled_at = :at, updated_at = now(), version = version + 1 where id = :id")
        .param("at", Timestamp.from(at)).param("id", item.id()).update();
    repository.recordTransition(item.id(), item.state(), ItemState.SCHEDULED, "审查通过，定时发布", access.actor(),
        "定于 " + at.atZone(CHINA).toLocalDateTime().toString().replace('T', ' ') + " 发布");
    audit.record("CATALOG_ITEM_SCHEDULED", "catalog_item", String.valueOf(item.id()), "定时发布政府信息：" + item.title(),
        "发布时间：" + at.atZone(CHINA).toLocalDateTime());
  }

  private void publishNow(CatalogItem item, String action) {
    Instant now = clock.instant();
    LocalDate today = now.atZone(CHINA).toLocalDate();
    String indexNumber = item.indexNumber();
    if (indexNumber == null) {
      indexNumber = new IndexNumber(organisationCode(item.agencyCode()), today.getYear(),
          repository.nextSerial(organisationCode(item.agencyCode()), today.getYear())).value();
    }
    repository.jdbc().sql("update catalog_item set state = 'PUBLISHED', index_number = :n, published_on = coalesce(published_on, :d),"
            + " published_at = coalesce(published_at, :at), scheduled_at = null, updated_at = now(), version = version + 1 where id = :id")
        .param("n", indexNumber).param("d", today).param("at", Timestamp.from(now)).param("id", item.id()).update();
    repository.recordTransition(item.id(), item.state(), ItemState.PUBLISHED, action, access.actor(), "索引号 " + indexNumber);
    audit.record("CATALOG_ITEM_PUBLISHED", "catalog_item", String.valueOf(item.id()), "发布政府信息：" + item.title(),
        "索引号：" + indexNumber + "；" + action);
    outbox.itemChanged(item.id());
  }

  /** The 9-character 组织机构代码 of the agency (taken from a unified social credit code if that is what is kept). */
  String organisationCode(String agencyCode) {
    Agency agency = agencies.require(agencyCode);
    String code = agency.organisationCode() == null ? "" : agency.organisationCode().strip().toUpperCase().replace("-", "");
    if (code.length() == 18) {
      code = code.substring(8, 17);
    }
    if (!code.matches("[0-9A-Z]{9}")) {
      throw new ConflictException("机构“" + agency.name() + "”未登记有效的组织机构代码，无法生成索引号，请先在机构管理中补充");
    }
    return code;
  }

  private void move(CatalogItem item, ItemState to, String action, String note) {
    repository.jdbc().sql("update catalog_item set state = :s, updated_at = now(), version = version + 1 where id = :id")
        .param("s", to.name()).param("id", item.id()).update();
    repository.recordTransition(item.id(), item.state(), to, action, access.actor(), note);
    audit.record("CATALOG_ITEM_" + to.name(), "catalog_item", String.valueOf(item.id()), action + "：" + item.title(), note);
  }

  private static void guard(CatalogItem item, String action, ItemState required) {
    if (item.state() != required) {
      throw new ConflictException("该信息当前状态为“" + item.state().label() + "”，不能" + action
          + "（只有“" + required.label() + "”的信息可以" + action + "）");
    }
  }

  private CatalogItem lock(long id) {
    return repository.lock(id).orElseThrow(() -> new NotFoundException("未找到该政府信息"));
  }

  private CatalogItem require(long id) {
    return repository.find(id).orElseThrow(() -> new NotFoundException("未找到该政府信息"));
  }

  private record Valid(Agency agency, Taxonomy.Term subject, Taxonomy.Term genre, Art20Category category,
      DocumentNumber documentNumber, String body, Validity validity) {}

  /**
   * Checks the draft; every problem is reported at once. A new item takes active 主题分类 and
   * 体裁分类 only; an item being edited ({@code current}) may keep an entry deactivated since.
   */
  Valid validate(ItemDraft d, CatalogItem current) {
    Long selfId = current == null ? null : current.id();
    Checks checks = Checks.start();
    Agency agency = d.agencyCode() == null ? null : agencies.find(d.agencyCode().strip()).orElse(null);
    if (agency == null) {
      checks.add("agencyCode", "请选择发布机构");
    }
    checks.required("title", "标题", d.title()).maxLength("title", "标题", d.title(), 300);
    DocumentNumber number = null;
    if (d.documentNumber() != null && !d.documentNumber().isBlank()) {
      if (d.documentNumber().strip().length() > DocumentNumber.MAX_LENGTH) {
        checks.add("documentNumber", "文号不能超过" + DocumentNumber.MAX_LENGTH + "个字符");
      } else {
        number = new DocumentNumber(d.documentNumber());
      }
    }
    LocalDate today = LocalDate.now(clock);
    if (d.writtenOn() == null) {
      checks.add("writtenOn", "请填写成文日期（格式 2020-05-12）");
    } else if (d.writtenOn().isAfter(today)) {
      checks.add("writtenOn", "成文日期不能晚于今天");
    } else if (d.writtenOn().getYear() < 1949) {
      checks.add("writtenOn", "成文日期不能早于1949年");
    }
    Taxonomy.Term subject = term(Taxonomy.Classification.SUBJECT, d.subject(), current == null ? null : current.subjectCode(), checks);
    Taxonomy.Term genre = term(Taxonomy.Classification.GENRE, d.genre(), current == null ? null : current.genreCode(), checks);
    Art20Category category = Art20Category.fromKey(d.category());
    if (genre != null && genre.kind().hasValidity()) {
      category = Art20Category.REGULATIONS;
    } else if (category == null) {
      checks.add("category", "请选择对应的条例第二十条公开事项");
    }
    if (d.body() != null && d.body().length() > 1_000_000) {
      checks.add("body", "正文不能超过100万个字符");
    }
    Validity validity = null;
    if (genre != null && genre.kind().hasValidity()) {
      validity = d.validity() == null ? Validity.IN_FORCE : d.validity();
    }
    if (genre != null && genre.kind() == ItemKind.INTERPRETATION) {
      if (d.interpretsId() == null) {
        checks.add("interpretsId", "政策解读须关联所解读的规章或规范性文件");
      } else {
        CatalogItem target = repository.find(d.interpretsId()).orElse(null);
        if (target == null || !target.kind().hasValidity()) {
          checks.add("interpretsId", "所解读的文件不存在或不是规章、规范性文件");
        } else if (selfId != null && target.id() == selfId) {
          checks.add("interpretsId", "不能解读自身");
        }
      }
    }
    checks.throwIfAny();
    return new Valid(agency, subject, genre, category, number, BodySanitizer.clean(d.body()), validity);
  }

  /** The entry the draft names: an active one, or the one the item already has. */
  private Taxonomy.Term term(Taxonomy.Classification list, String given, String kept, Checks checks) {
    String field = list == Taxonomy.Classification.SUBJECT ? "subject" : "genre";
    if (given == null || given.isBlank()) {
      checks.add(field, "请选择" + list.label());
      return null;
    }
    Taxonomy.Term term = taxonomy.find(list, given).orElse(null);
    if (term == null) {
      checks.add(field, list.label() + "“" + clip(given) + "”不存在，请从列表中选择");
      return null;
    }
    if (!term.active() && !term.code().equals(kept)) {
      checks.add(field, list.label() + "“" + term.label() + "”已停用，请选择其他" + list.label());
      return null;
    }
    return term;
  }

  private static String clip(String s) {
    String t = s.strip();
    return t.length() > 30 ? t.substring(0, 30) + "…" : t;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
