package org.gongkai.agency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An immutable snapshot of the whole tree, ordered by path (parents before children). */
public final class AgencyTree {

  private final List<Agency> all;
  private final Map<String, Agency> byCode;
  private final Map<String, List<Agency>> children;

  AgencyTree(List<Agency> agencies) {
    this.all = List.copyOf(agencies);
    Map<String, Agency> codes = new LinkedHashMap<>();
    Map<String, List<Agency>> kids = new LinkedHashMap<>();
    for (Agency agency : agencies) {
      codes.put(agency.code(), agency);
      if (agency.parentCode() != null) {
        kids.computeIfAbsent(agency.parentCode(), k -> new ArrayList<>()).add(agency);
      }
    }
    kids.values().forEach(list -> list.sort((a, b) -> a.sortOrder() != b.sortOrder()
        ? Integer.compare(a.sortOrder(), b.sortOrder()) : a.code().compareTo(b.code())));
    this.byCode = Collections.unmodifiableMap(codes);
    this.children = Collections.unmodifiableMap(kids);
  }

  public List<Agency> all() {
    return all;
  }

  public Optional<Agency> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public List<Agency> children(String code) {
    return children.getOrDefault(code, List.of());
  }

  public List<Agency> roots() {
    return all.stream().filter(a -> a.parentCode() == null).toList();
  }

  /** The agency and everything below it. */
  public List<Agency> subtree(String code) {
    Agency top = byCode.get(code);
    if (top == null) {
      return List.of();
    }
    return all.stream().filter(a -> a.path().startsWith(top.path())).toList();
  }

  /** The chain from the root down to the agency, for breadcrumbs. */
  public List<Agency> ancestry(String code) {
    List<Agency> chain = new ArrayList<>();
    for (Agency at = byCode.get(code); at != null; at = at.parentCode() == null ? null : byCode.get(at.parentCode())) {
      chain.add(0, at);
    }
    return chain;
  }

  /** Whether {@code code} is {@code ancestorCode} or lies below it. */
  public boolean isWithin(String code, String ancestorCode) {
    Agency agency = byCode.get(code);
    Agency ancestor = byCode.get(ancestorCode);
    return agency != null && ancestor != null && agency.isWithin(ancestor);
  }

  /** The nearest government at or above the agency (a department's or township's own government). */
  public Optional<Agency> governmentOf(String code) {
    for (Agency at = byCode.get(code); at != null; at = at.parentCode() == null ? null : byCode.get(at.parentCode())) {
      if (at.kind() == AgencyKind.GOVERNMENT) {
        return Optional.of(at);
      }
    }
    return Optional.empty();
  }

  public int size() {
    return all.size();
  }
}
