package org.gongkai.decision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The import's UTF-8 reader must read exactly what the JDK's strict decoder reads, and refuse what it refuses. */
class Utf8ReaderTest {

  private static final String[] PIECES = {
    "a", "Z", "0", ",", "\n", "\r\n", "\"", " ", "é", "ж", "渝", "府", "发", "〔", "〕", "号", "\uFEFF", "\u3000", "😀", "𠀀", "￿", "\u07FF",
    "\u0800", "\uE000"
  };

  private static String randomText(Random random, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  /** Everything the reader gives, read with reads of at most {@code chunk} characters. */
  private static String readAll(Reader reader, int chunk) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[chunk];
    int n;
    while ((n = reader.read(buf, 0, chunk)) >= 0) {
      assertThat(n).isPositive();
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  /** An input stream that hands out at most {@code most} bytes per read, so that sequences are cut between reads. */
  private static InputStream trickling(byte[] bytes, int most) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, most));
      }
    };
  }

  private static Reader jdk(byte[] bytes) {
    return new InputStreamReader(new ByteArrayInputStream(bytes),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7, 4096, 65536})
  void readsExactlyWhatTheJdkDecoderReadsWhateverTheSizeOfTheReads(int chunk) throws IOException {
    Random random = new Random(chunk);
    for (int round = 0; round < 20; round++) {
      String text = randomText(random, 1 + random.nextInt(40_000));
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertThat(readAll(new Utf8Reader(new ByteArrayInputStream(bytes)), chunk)).isEqualTo(text).isEqualTo(readAll(jdk(bytes), 8192));
    }
  }

  @Test
  void aSequenceCutBetweenTwoReadsOfTheInputIsJoined() throws IOException {
    Random random = new Random(3);
    for (int most = 1; most <= 5; most++) {
      String text = randomText(random, 100_000);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertThat(readAll(new Utf8Reader(trickling(bytes, most)), 65536)).isEqualTo(text);
    }
  }

  @Test
  void aLongFileOfChineseTextCrossesTheBufferAtEveryOffset() throws IOException {
    // 64 KB buffer: with a 1-, 2- or 3-byte lead-in every sequence length ends up cut by the buffer's end
    for (String lead : new String[] {"", "a", "ab"}) {
      String text = lead + "渝府发〔2020〕12号😀".repeat(10_000);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertThat(readAll(new Utf8Reader(new ByteArrayInputStream(bytes)), 65536)).isEqualTo(text);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "80", // a continuation byte without a lead
    "41c0af", // overlong '/'
    "c1bf", // overlong
    "e08080", // overlong three-byte
    "eda080", // an encoded surrogate
    "edbfbf", // an encoded surrogate
    "f08f8080", // overlong four-byte
    "f4908080", // above U+10FFFF
    "f5808080", // no lead byte of UTF-8
    "ff",
    "e4b8", // cut off at the end
    "41f09f98", // cut off at the end
    "c3", // cut off at the end
    "e441", // a lead followed by ASCII
    "c328", // a lead followed by ASCII
  })
  void refusesWhatTheJdkDecoderRefuses(String hex) {
    byte[] bytes = HexFormat.of().parseHex(hex);
    assertThatThrownBy(() -> readAll(jdk(bytes), 8192)).isInstanceOf(CharacterCodingException.class);
    assertThatThrownBy(() -> readAll(new Utf8Reader(new ByteArrayInputStream(bytes)), 8192)).isInstanceOf(CharacterCodingException.class);
  }

  @Test
  void theCharactersBeforeAMalformedSequenceAreReadFirstAndTheNextReadFails() throws IOException {
    byte[] good = "abc渝".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(good, good.length + 2);
    bytes[good.length] = (byte) 0xFF;
    bytes[good.length + 1] = 'x';
    Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes));
    char[] buf = new char[100];
    assertThat(reader.read(buf, 0, 100)).isEqualTo(4);
    assertThat(new String(buf, 0, 4)).isEqualTo("abc渝");
    assertThatThrownBy(() -> reader.read(buf, 0, 100)).isInstanceOf(CharacterCodingException.class);
  }

  @Test
  void aMalformedByteFarIntoALargeFileIsRefused() {
    byte[] good = "渝府发〔2020〕12号,".repeat(20_000).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 1];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xB8;
    assertThatThrownBy(() -> readAll(new Utf8Reader(new ByteArrayInputStream(bytes)), 65536)).isInstanceOf(CharacterCodingException.class);
  }
}
