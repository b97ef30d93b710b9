package org.gongkai.decision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSourceTest {

  private static List<String[]> read(byte[] bytes) throws Exception {
    List<String[]> rows = new ArrayList<>();
    new CsvSource(new ByteArrayInputStream(bytes)).read(new RowSink() {
      @Override
      public void header(String[] names) {
        rows.add(names);
      }

      @Override
      public void row(long rowNumber, String[] cells) {
        rows.add(cells);
      }
    });
    return rows;
  }

  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws Exception {
    var rows = read("\uFEFF决定文书号,决定内容\r\n\"渝罚〔2020〕1号\",\"罚款，\"\"五千\"\"元\n另处警告\"\r\n".getBytes(StandardCharsets.UTF_8));
    assertThat(rows.get(0)).containsExactly("决定文书号", "决定内容");
    assertThat(rows.get(1)).containsExactly("渝罚〔2020〕1号", "罚款，\"五千\"元\n另处警告");
  }

  @Test
  void detectsGbk() throws Exception {
    var rows = read("决定文书号,相对人名称\n渝罚〔2020〕1号,重庆某某公司\n".getBytes(Charset.forName("GBK")));
    assertThat(rows.get(1)).containsExactly("渝罚〔2020〕1号", "重庆某某公司");
  }

  @Test
  void refusesBinaryAndZipContentWithAClearMessage() {
    assertThatThrownBy(() -> read(new byte[] {'P', 'K', 3, 4, 0, 0}))
        .isInstanceOf(ImportFailure.class).hasMessageContaining("与 .csv 扩展名不符");
    assertThatThrownBy(() -> read(new byte[] {'a', 0, 'b'})).isInstanceOf(ImportFailure.class).hasMessageContaining("二进制");
  }

  @Test
  void refusesBytesThatAreNeitherUtf8NorGbk() {
    byte[] bytes = {'a', ',', 'b', '\n', (byte) 0xFF, (byte) 0xFE, (byte) 0x80, (byte) 0xFF, '\n'};
    assertThatThrownBy(() -> read(bytes)).isInstanceOf(ImportFailure.class).hasMessageContaining("字符编码");
  }

  @Test
  void readsFieldsThatCrossTheReadBufferWhateverTheirQuoting() throws Exception {
    StringBuilder csv = new StringBuilder("编号,名称,说明\r\n");
    List<String[]> expected = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      String name = "  重庆某某公司" + i + " ";
      String note = i % 3 == 0 ? "罚款，\"" + i + "\"元\r\n另处警告" : "内容" + "甲".repeat(i % 50);
      csv.append(i).append(',').append(name).append(",\"").append(note.replace("\"", "\"\"")).append("\"").append(i % 2 == 0 ? "\r\n" : "\n");
      expected.add(new String[] {String.valueOf(i), name.strip(), note});
    }
    var rows = read(csv.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(rows).hasSize(4001);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(rows.get(i + 1)).as("row " + i).containsExactly(expected.get(i));
    }
  }

  @Test
  void keepsTextAfterAClosingQuoteAndQuotesInsideUnquotedFields() throws Exception {
    var rows = read("a,b,c\n\"x\"y , z\"w\", \"q\"\r".getBytes(StandardCharsets.UTF_8));
    assertThat(rows.get(1)).containsExactly("xy ", "z\"w\"", "\"q\"");
  }

  @Test
  void refusesAFileThatTurnsOutNotToBeUtf8AfterTheSampleAndNamesTheLineOfTheBadBytes() {
    StringBuilder csv = new StringBuilder("编号,名称\n");
    for (int i = 1; i <= 3000; i++) {
      csv.append(i).append(",重庆某某有限公司第").append(i).append("分公司\n");
    }
    byte[] good = csv.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(good.length).isGreaterThan(64 * 1024);
    byte[] bytes = java.util.Arrays.copyOf(good, good.length + 6);
    System.arraycopy(new byte[] {'9', ',', (byte) 0xD6, (byte) 0xD0, '\n', 'x'}, 0, bytes, good.length, 6);
    // the header is line 1, the 3,000 rows lines 2 to 3001: the GBK bytes are in a field of line 3002
    assertThatThrownBy(() -> read(bytes)).isInstanceOf(ImportFailure.class).hasMessageStartingWith("文件第 3002 行附近含有无法按 UTF-8 解码的字节");
    // and at the very start of that line
    byte[] atLineStart = java.util.Arrays.copyOf(good, good.length + 3);
    System.arraycopy(new byte[] {(byte) 0xD6, (byte) 0xD0, '\n'}, 0, atLineStart, good.length, 3);
    assertThatThrownBy(() -> read(atLineStart)).isInstanceOf(ImportFailure.class).hasMessageStartingWith("文件第 3002 行附近");
  }

  @Test
  void keepsAReplacementCharacterThatTheFileReallyContains() throws Exception {
    var rows = read("编号,名称\n1,某\uFFFD公司\n".getBytes(StandardCharsets.UTF_8));
    assertThat(rows.get(1)).containsExactly("1", "某\uFFFD公司");
  }

  @Test
  void readsALargeGbkFileWithFieldsAcrossItsBuffersAsItsUtf8Twin() throws Exception {
    StringBuilder csv = new StringBuilder("编号,名称,说明\r\n");
    for (int i = 0; i < 5000; i++) {
      csv.append(i).append(",　重庆某某公司").append(i).append("　,\"罚款，\"\"").append(i).append("\"\"元\n另处警告\"\r\n");
    }
    var gbk = read(csv.toString().getBytes(Charset.forName("GBK")));
    var utf8 = read(csv.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(gbk).hasSize(5001);
    for (int i = 0; i < gbk.size(); i++) {
      assertThat(gbk.get(i)).as("row " + i).containsExactly(utf8.get(i));
    }
    assertThat(gbk.get(5000)).containsExactly("4999", "重庆某某公司4999", "罚款，\"4999\"元\n另处警告");
  }
}
