package org.gongkai.request;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two named policies on the applicant's record: the duplicate-request policy (same applicant, same
 * agency, similar content as an earlier request — 第三十六条第（六）项) and the mass-applicant policy
 * (more applications in a natural month than the threshold — 第三十五条, and the 按件 fee ordinal).
 */
@Service
public class RequestFlags {

  /** Bigram similarity at or above which two descriptions count as the same content. */
  static final double SIMILAR = 0.6;

  private final JdbcClient jdbc;
  private final int massThreshold;

  RequestFlags(JdbcClient jdbc, @Value("${gongkai.requests.mass-applicant-threshold:10}") int massThreshold) {
    this.jdbc = jdbc;
    this.massThreshold = massThreshold;
  }

  /** An earlier request of the same applicant with similar content. */
  public record Duplicate(String trackingNumber, LocalDate receivedOn, String description, RequestStatus status, int similarityPercent) {}

  /** What the flags say about one request. */
  public record Flags(List<Duplicate> duplicates, int monthlyOrdinal, int monthlyCount, boolean massApplicant, int threshold) {}

  @Transactional(readOnly = true)
  public Flags of(DisclosureRequest r) {
    String column = r.applicant().type().isOrganisation() ? "credit_code" : "id_number";
    String key = r.applicant().type().isOrganisation() ? r.applicant().creditCode() : r.applicant().idNumber();
    if (key == null) {
      return new Flags(List.of(), 1, 1, false, massThreshold);
    }
    LocalDate monthStart = r.receivedOn().withDayOfMonth(1);
    LocalDate monthEnd = monthStart.plusMonths(1).minusDays(1);
    int count = jdbc.sql("select count(*) from disclosure_request where " + column + " = :k and received_on between :a and :b")
        .param("k", key).param("a", monthStart).param("b", monthEnd).query(Integer.class).single();
    int ordinal = jdbc.sql("select count(*) from disclosure_request where " + column + " = :k and received_on between :a and :b"
            + " and (received_on < :d or (received_on = :d and id <= :id))")
        .param("k", key).param("a", monthStart).param("b", monthEnd).param("d", r.receivedOn()).param("id", r.id())
        .query(Integer.class).single();
    List<Duplicate> duplicates = jdbc.sql("select tracking_number, received_on, description, status from disclosure_request"
            + " where " + column + " = :k and agency_code = :agency and id <> :id and received_on <= :d"
            + " order by received_on desc, id desc limit 200")
        .param("k", key).param("agency", r.agencyCode()).param("id", r.id()).param("d", r.receivedOn())
        .query((rs, n) -> new Duplicate(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
            RequestStatus.valueOf(rs.getString(4)), (int) Math.round(similarity(r.description(), rs.getString(3)) * 100)))
        .list()
        .stream()
        .filter(d -> d.similarityPercent() >= SIMILAR * 100)
        .toList();
    return new Flags(duplicates, Math.max(1, ordinal), count, count > massThreshold, massThreshold);
  }

  /** Jaccard similarity of the character bigrams of two texts (punctuation and spaces ignored). */
  static double similarity(String a, String b) {
    Set<String> x = bigrams(a);
    Set<String> y = bigrams(b);
    if (x.isEmpty() && y.isEmpty()) {
      return 1;
    }
    Set<String> common = new HashSet<>(x);
    common.retainAll(y);
    Set<String> all = new HashSet<>(x);
    all.addAll(y);
    return (double) common.size() / all.size();
  }

  private static Set<String> bigrams(String s) {
    String t = s == null ? "" : s.replaceAll("[\\p{P}\\p{Z}\\s“”《》（）]", "");
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < t.length(); i++) {
      out.add(t.substring(i, i + 2));
    }
    return out;
  }
}
