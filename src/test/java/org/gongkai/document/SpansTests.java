package org.gongkai.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.document.internal.Spans;
import org.junit.jupiter.api.Test;

class SpansTests {

  @Test
  void findsNumbersAndNamesBrokenOverLines() {
    String id = RedactionTests.ID;
    String text = "身份证号" + id.substring(0, 10) + "\n" + id.substring(10) + "，申请人张\n三。";
    List<Spans.Span> spans = Spans.find(text, EnumSet.of(PersonalDataKind.RESIDENT_ID), List.of("张三"));
    assertThat(spans).hasSize(2);
    assertThat(text.substring(spans.get(0).start(), spans.get(0).end())).isEqualTo(id.substring(0, 10) + "\n" + id.substring(10));
    assertThat(spans.get(0).kind()).isEqualTo("居民身份证号");
    assertThat(text.substring(spans.get(1).start(), spans.get(1).end())).isEqualTo("张\n三");
  }

  @Test
  void mergesOverlappingMatches() {
    List<Spans.Span> spans = Spans.find("联系人张三丰先生", Set.of(), List.of("张三", "三丰"));
    assertThat(spans).singleElement().satisfies(s -> {
      assertThat(s.start()).isEqualTo(3);
      assertThat(s.end()).isEqualTo(6);
    });
  }
}
