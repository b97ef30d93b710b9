package org.gongkai.document.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.gongkai.document.DocumentException;

/**
 * The WenQuanYi Zen Hei font, parsed once (opening the 17 MB collection takes over a second) and
 * kept open. FontBox reads glyphs lazily through one file handle, so every use — loading it into a
 * document and saving that document, when the subset is written — must hold {@link #LOCK}.
 */
public final class CjkFont {

  /** Where Debian's fonts-wqy-zenhei package puts the font collection. */
  public static final Path FILE = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

  /** Serialises all use of the shared font. */
  public static final Object LOCK = new Object();

  private static TrueTypeCollection collection;
  private static TrueTypeFont font;

  private CjkFont() {}

  /** The font; call while holding {@link #LOCK}. */
  public static TrueTypeFont get() {
    synchronized (LOCK) {
      if (font == null) {
        if (!Files.isReadable(FILE)) {
          throw new DocumentException(
              "缺少中文字体 " + FILE + "，无法生成 PDF。请安装 Debian 软件包 fonts-wqy-zenhei（apt-get install fonts-wqy-zenhei）。");
        }
        try {
          TrueTypeCollection opened = new TrueTypeCollection(FILE.toFile());
          TrueTypeFont found = opened.getFontByName("WenQuanYiZenHei");
          if (found == null) {
            opened.close();
            throw new DocumentException(
                "字体文件 " + FILE + " 中没有 WenQuanYiZenHei 字体，请重新安装 Debian 软件包 fonts-wqy-zenhei。");
          }
          collection = opened;
          font = found;
        } catch (IOException e) {
          throw new DocumentException("无法读取中文字体 " + FILE + "（Debian 软件包 fonts-wqy-zenhei）：" + e.getMessage(), e);
        }
      }
      return font;
    }
  }
}
