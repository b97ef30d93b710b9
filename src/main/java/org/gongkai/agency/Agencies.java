package org.gongkai.agency;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.gongkai.audit.AuditLog;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.InvalidInputException;
import org.gongkai.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The agency tree: read from a snapshot that is refreshed after every committed change (and at
 * least every minute, for several instances on one database); changed only through here, audited.
 */
@Service
public class Agencies {

  private static final Duration SNAPSHOT_TTL = Duration.ofMinutes(1);

  private final Duration snapshotTtl;

  private final AgencyRepository repository;
  private final AuditLog audit;
  private volatile Snapshot snapshot;
  private final ReentrantLock reloading = new ReentrantLock();
  /** Committed changes so far: a reload that overlapped one does not become the snapshot. */
  private final AtomicLong changes = new AtomicLong();

  @Autowired
  Agencies(AgencyRepository repository, AuditLog audit) {
    this(repository, audit, SNAPSHOT_TTL);
  }

  /** With another snapshot lifetime, for tests. */
  Agencies(AgencyRepository repository, AuditLog audit, Duration snapshotTtl) {
    this.repository = repository;
    this.audit = audit;
    this.snapshotTtl = snapshotTtl;
  }

  /**
   * The whole tree as of the last committed change. When the snapshot has only expired, one thread
   * reloads it while the others go on with the old one (no burst of identical queries once a
   * minute); after a change every reader waits for the new tree.
   */
  public AgencyTree tree() {
    Snapshot current = snapshot;
    if (current != null && !current.isOlderThan(snapshotTtl)) {
      return current.tree();
    }
    if (current != null) {
      if (!reloading.tryLock()) {
        return current.tree();
      }
    } else {
      reloading.lock();
    }
    try {
      Snapshot again = snapshot;
      if (again != null && !again.isOlderThan(snapshotTtl)) {
        return again.tree();
      }
      long seen = changes.get();
      Snapshot fresh = new Snapshot(new AgencyTree(repository.findAll()), System.nanoTime());
      // a change committed while we read may not be in what we read: use it once, do not keep it
      if (changes.get() == seen) {
        snapshot = fresh;
      }
      return fresh.tree();
    } finally {
      reloading.unlock();
    }
  }

  public Optional<Agency> find(String code) {
    return code == null ? Optional.empty() : tree().find(code);
  }

  /** The agency, or a {@link NotFoundException} with a Chinese message. */
  public Agency require(String code) {
    return find(code).orElseThrow(() -> new NotFoundException("未找到代码为“" + code + "”的行政机关"));
  }

  public boolean isEmpty() {
    return repository.isEmpty();
  }

  /** Edits an agency's details, refusing an edit based on an outdated version. */
  @Transactional
  public Agency update(String code, int expectedVersion, AgencyDetails details) {
    details.check();
    Agency before = repository.findByCode(code).orElseThrow(() -> new NotFoundException("未找到该行政机关"));
    int changed = repository.update(code, expectedVersion, trimmed(details));
    if (changed == 0) {
      throw new ConflictException("该机构信息已被他人修改（当前版本 " + before.version() + "），请刷新后重新编辑");
    }
    Agency after = repository.findByCode(code).orElseThrow();
    audit.record("AGENCY_UPDATED", "agency", code, "修改机构信息：" + after.name(), AgencyChanges.describe(before, after));
    refreshAfterCommit();
    return after;
  }

  /** Adds agencies in order (parents first), in one transaction. */
  @Transactional
  public void add(List<NewAgency> agencies) {
    java.util.Map<String, Long> ids = new java.util.HashMap<>();
    java.util.Map<String, String> paths = new java.util.HashMap<>();
    for (Agency existing : repository.findAll()) {
      ids.put(existing.code(), existing.id());
      paths.put(existing.code(), existing.path());
    }
    for (NewAgency agency : agencies) {
      if (!AgencyCode.isValid(agency.code())) {
        throw new InvalidInputException("code", "机构代码格式不正确：" + agency.code());
      }
      if (ids.containsKey(agency.code())) {
        throw new InvalidInputException("code", "机构代码已存在：" + agency.code());
      }
      agency.details().check();
      Long parentId = null;
      String path = "/" + agency.code() + "/";
      if (agency.parentCode() != null) {
        parentId = ids.get(agency.parentCode());
        if (parentId == null) {
          throw new InvalidInputException("parentCode", "上级机构不存在：" + agency.parentCode());
        }
        path = paths.get(agency.parentCode()) + agency.code() + "/";
      }
      long id = repository.insert(agency, parentId, path);
      ids.put(agency.code(), id);
      paths.put(agency.code(), path);
    }
    audit.record("AGENCIES_ADDED", "agency", null, "新增行政机关 " + agencies.size() + " 个", null);
    refreshAfterCommit();
  }

  private void refreshAfterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              invalidate();
            }
          });
    } else {
      invalidate();
    }
  }

  /** Drops the snapshot after a committed change; package-private for tests. */
  void invalidate() {
    changes.incrementAndGet();
    snapshot = null;
  }

  private static AgencyDetails trimmed(AgencyDetails d) {
    DisclosureOffice o = d.disclosureOffice();
    return new AgencyDetails(
        trim(d.name()), trim(d.shortName()), trim(d.organisationCode()), trim(d.functions()), trim(d.structure()),
        trim(d.head()), trim(d.address()), trim(d.officeHours()), trim(d.phone()), trim(d.fax()), trim(d.email()),
        trim(d.website()),
        new DisclosureOffice(trim(o.name()), trim(o.address()), trim(o.hours()), trim(o.phone()), trim(o.fax()), trim(o.email())),
        d.acceptsRequests(), d.establishedOn());
  }

  private static String trim(String value) {
    if (value == null) {
      return null;
    }
    String t = value.strip();
    return t.isEmpty() ? null : t;
  }

  private record Snapshot(AgencyTree tree, long loadedAt) {
    boolean isOlderThan(Duration ttl) {
      return System.nanoTime() - loadedAt > ttl.toNanos();
    }
  }
}
