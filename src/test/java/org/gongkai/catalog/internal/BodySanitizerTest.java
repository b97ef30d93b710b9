package org.gongkai.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodySanitizerTest {

  @Test
  void removesScriptsStylesAndEventHandlers() {
    String clean = BodySanitizer.clean(
        "<p onclick=\"steal()\">通知<script>alert(1)</script></p><style>p{}</style><a href=\"javascript:x()\">链接</a><img src=x onerror=alert(1)>");
    assertThat(clean).doesNotContain("script", "onclick", "style", "javascript", "onerror", "alert");
    assertThat(clean).contains("<p>通知</p>");
  }

  @Test
  void keepsFormattingAndGivesPlainText() {
    String clean = BodySanitizer.clean("<h2>第一条</h2><p><strong>加粗</strong></p><table><tr><td>甲</td></tr></table>");
    assertThat(clean).contains("<strong>加粗</strong>", "<td>甲</td>");
    assertThat(BodySanitizer.text(clean)).isEqualTo("第一条\n加粗\n甲");
  }
}
