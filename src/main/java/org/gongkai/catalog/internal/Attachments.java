package org.gongkai.catalog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.gongkai.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Attachments (PDF, DOCX, XLSX): typed by their content, stored under the data directory by their
 * SHA-256, their text extracted for search and for the personal-data check.
 */
@Component
public class Attachments {

  public static final long MAX_BYTES = 50L * 1024 * 1024;

  private final Path root;
  private final JdbcClient jdbc;
  private final DocumentTools tools;

  Attachments(@Value("${gongkai.data-dir}") Path dataDir, JdbcClient jdbc, DocumentTools tools) {
    this.root = dataDir.resolve("catalog").resolve("attachments");
    this.jdbc = jdbc;
    this.tools = tools;
  }

  /** Checks and stores the file for the item (in the caller's transaction); returns its id. */
  public long add(long itemId, String fileName, byte[] content) {
    String name = cleanName(fileName);
    if (content == null || content.length == 0) {
      throw new InvalidInputException("file", "附件“" + name + "”是空文件");
    }
    if (content.length > MAX_BYTES) {
      throw new InvalidInputException("file", "附件“" + name + "”超过50MB");
    }
    DocumentTools.FileType type = tools.detect(content);
    if (type == null) {
      throw new InvalidInputException("file", "附件“" + name + "”不是PDF、DOCX或XLSX文件（按文件内容判断）");
    }
    String sha = sha256(content);
    Path target = root.resolve(sha.substring(0, 2)).resolve(sha);
    try {
      Files.createDirectories(target.getParent());
      if (!Files.exists(target)) {
        Path tmp = Files.createTempFile(target.getParent(), "up", ".tmp");
        Files.write(tmp, content);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("附件保存失败", e);
    }
    String text;
    try {
      text = tools.extract(content);
    } catch (RuntimeException e) {
      text = "";
    }
    if (text == null) {
      text = "";
    }
    text = text.replace("\u0000", "");
    if (text.length() > 500_000) {
      text = text.substring(0, 500_000);
    }
    return jdbc.sql(
            "insert into catalog_attachment (item_id, file_name, content_type, size_bytes, storage_path, sha256, text)"
                + " values (:i, :f, :c, :s, :p, :h, :t) returning id")
        .param("i", itemId).param("f", name).param("c", type.mime()).param("s", (long) content.length)
        .param("p", root.relativize(target).toString()).param("h", sha).param("t", text)
        .query(Long.class).single();
  }

  public Path file(CatalogRepository.Attachment attachment) {
    return root.resolve(attachment.storagePath());
  }

  static String cleanName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
    if (name.isEmpty()) {
      name = "附件";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
