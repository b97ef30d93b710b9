package org.gongkai.catalog.internal;

import java.util.List;
import java.util.Optional;
import org.gongkai.catalog.ItemKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 主题分类 and 体裁分类: configurable lists kept in tables ({@code catalog_subject}, {@code catalog_genre}).
 * The seeded values follow the gov.cn style; the official code lists were not found.
 */
@Service
public class Taxonomy {

  private final JdbcClient jdbc;

  Taxonomy(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Term> subjects() {
    return jdbc.sql("select code, label, 'OTHER' from catalog_subject where active order by sort_order, code")
        .query((rs, n) -> new Term(rs.getString(1), rs.getString(2), ItemKind.OTHER)).list();
  }

  public List<Term> genres() {
    return jdbc.sql("select code, label, kind from catalog_genre where active order by sort_order, code")
        .query((rs, n) -> new Term(rs.getString(1), rs.getString(2), ItemKind.valueOf(rs.getString(3)))).list();
  }

  public Optional<Term> subject(String codeOrLabel) {
    return subjects().stream().filter(t -> t.matches(codeOrLabel)).findFirst();
  }

  public Optional<Term> genre(String codeOrLabel) {
    return genres().stream().filter(t -> t.matches(codeOrLabel)).findFirst();
  }

  /** Adds or renames a subject (主题分类). */
  public void saveSubject(String code, String label, int order) {
    jdbc.sql("insert into catalog_subject (code, label, sort_order) values (:c, :l, :o)"
            + " on conflict (code) do update set label = :l, sort_order = :o, active = true")
        .param("c", code).param("l", label).param("o", order).update();
  }

  /** One entry of a classification. */
  public record Term(String code, String label, ItemKind kind) {
    boolean matches(String s) {
      if (s == null) {
        return false;
      }
      String t = s.strip().replace('/', '\\');
      return code.equalsIgnoreCase(t) || label.equals(t);
    }
  }
}
