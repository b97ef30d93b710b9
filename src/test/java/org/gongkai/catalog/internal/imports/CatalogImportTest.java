package org.gongkai.catalog.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@GongkaiTest
class CatalogImportTest {

  static final String HEADER = "来源编号,发布机构代码,标题,文号,索引号,成文日期,发布日期,主题分类,体裁分类,公开事项,有效性,正文,附件\r\n";

  private final MockMvc mvc;
  private final TestAccounts accounts;
  private final JdbcClient jdbc;

  @Autowired
  CatalogImportTest(MockMvc mvc, TestAccounts accounts, JdbcClient jdbc) {
    this.mvc = mvc;
    this.accounts = accounts;
    this.jdbc = jdbc;
  }

  private MvcResult upload(RequestPostProcessor who, String name, byte[] table, byte[] zip) throws Exception {
    var request = multipart("/admin/catalog/import").file(new MockMultipartFile("file", name, "text/csv", table));
    if (zip != null) {
      request.file(new MockMultipartFile("zip", "files.zip", "application/zip", zip));
    }
    return mvc.perform(request.with(csrf()).with(who)).andExpect(status().isOk()).andReturn();
  }

  private long count(String sourceLike) {
    return jdbc.sql("select count(*) from catalog_item where source_id like :s").param("s", sourceLike).query(Long.class).single();
  }

  @Test
  void importsGoodRowsListsBadOnesAndDoesNotDuplicateOnARerun() throws Exception {
    RequestPostProcessor clerk = accounts.as("500102", "CLERK");
    String csv = HEADER
        + "IMP-1,500102,涪陵区关于做好春耕生产工作的通知,涪陵府发〔2024〕7号,,2024-03-01,2024-03-05,\"农业、林业、水利\",其他文件,OTHER,,<p>正文<script>x()</script></p>,\r\n"
        + "IMP-2,500102,日期有误的通知,,,2024-02-30,,综合政务\\政务公开,通知公告,OTHER,,,\r\n"
        + "IMP-3,500102,,,,2024-03-01,,综合政务\\政务公开,通知公告,OTHER,,,\r\n"
        + "IMP-4,500101,别的机构的通知,,,2024-03-01,,综合政务\\政务公开,通知公告,OTHER,,,\r\n"
        + "IMP-5,500102,\"带逗号, 和\"\"引号\"\"的标题\",,,2024年3月2日,2024/3/6,S01,NOTICE,OTHER,,,\r\n";
    MvcResult first = upload(clerk, "导入.csv", csv.getBytes(StandardCharsets.UTF_8), null);
    String page = first.getResponse().getContentAsString();
    assertThat(page).contains("已导入", "2024-02-30", "标题不能为空", "无权导入机构");
    assertThat(count("IMP-%")).isEqualTo(2);
    String body = jdbc.sql("select body from catalog_item where source_id = 'IMP-1'").query(String.class).single();
    assertThat(body).doesNotContain("script");
    assertThat(jdbc.sql("select index_number from catalog_item where source_id = 'IMP-1'").query(String.class).single())
        .matches("[0-9A-Z]{9}/2024-\\d{5}");
    assertThat(jdbc.sql("select title from catalog_item where source_id = 'IMP-5'").query(String.class).single())
        .isEqualTo("带逗号, 和\"引号\"的标题");

    long importId = jdbc.sql("select max(id) from catalog_import").query(Long.class).single();
    String report = mvc.perform(get("/admin/catalog/import/{id}/errors.csv", importId).with(clerk))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(report).contains("行号,列,问题").contains("3,\"成文日期\"").contains("4,\"标题\"");
    mvc.perform(get("/admin/catalog/import/{id}/errors.csv", importId).with(accounts.as("500102", "CLERK")))
        .andExpect(status().isForbidden());

    MvcResult again = upload(clerk, "导入.csv", csv.getBytes(StandardCharsets.UTF_8), null);
    assertThat(again.getResponse().getContentAsString()).contains("已存在，跳过");
    assertThat(count("IMP-%")).isEqualTo(2);
  }

  @Test
  void readsGbkFilesAndXlsxWithAttachments() throws Exception {
    RequestPostProcessor clerk = accounts.as("500103", "CLERK");
    String csv = HEADER + "GBK-1,500103,渝中区关于公布2024年财政预算的公告,,,2024-01-10,2024-01-15,\"财政、金融、审计\",财政信息,BUDGETS,,,\r\n";
    upload(clerk, "gbk.csv", csv.getBytes(Charset.forName("GBK")), null);
    assertThat(jdbc.sql("select title from catalog_item where source_id = 'GBK-1'").query(String.class).single())
        .isEqualTo("渝中区关于公布2024年财政预算的公告");

    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("信息");
      String[] header = HEADER.strip().split(",");
      XSSFRow h = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      String[] row = {"XLSX-1", "500103", "渝中区关于印发规范性文件管理办法的通知", "渝中府发〔2024〕2号", "", "2024-04-01",
          "2024-04-03", "S01", "行政规范性文件", "", "有效", "<p>办法</p>", "办法.pdf"};
      XSSFRow r = sheet.createRow(1);
      for (int i = 0; i < row.length; i++) {
        r.createCell(i).setCellValue(row[i]);
      }
      String[] bad = {"XLSX-2", "500103", "缺附件的通知", "", "", "2024-04-01", "", "S01", "通知公告", "", "", "", "没有.pdf"};
      XSSFRow r2 = sheet.createRow(3);
      for (int i = 0; i < bad.length; i++) {
        r2.createCell(i).setCellValue(bad[i]);
      }
      wb.write(xlsx);
    }
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
      z.putNextEntry(new ZipEntry("附件/办法.pdf"));
      z.write(minimalPdf());
      z.closeEntry();
    }
    MvcResult result = upload(clerk, "表格.xlsx", xlsx.toByteArray(), zip.toByteArray());
    assertThat(result.getResponse().getContentAsString()).contains("附件压缩包中没有文件“没有.pdf”").contains(">4<");
    long id = jdbc.sql("select id from catalog_item where source_id = 'XLSX-1'").query(Long.class).single();
    assertThat(jdbc.sql("select kind || '/' || validity from catalog_item where id = :i").param("i", id).query(String.class).single())
        .isEqualTo("NORMATIVE_DOCUMENT/IN_FORCE");
    assertThat(jdbc.sql("select count(*) from catalog_attachment where item_id = :i").param("i", id).query(Long.class).single())
        .isEqualTo(1);
  }

  @Test
  void refusesWholeFilesWithAClearMessage() throws Exception {
    RequestPostProcessor clerk = accounts.as("500104", "CLERK");
    mvc.perform(multipart("/admin/catalog/import").file(new MockMultipartFile("file", "x.csv", "text/csv",
            "标题,文号\r\n某通知,1号\r\n".getBytes(StandardCharsets.UTF_8))).with(csrf()).with(clerk))
        .andExpect(status().isOk()).andExpect(content().string(containsString("缺少必需的列：发布机构代码")));
    mvc.perform(multipart("/admin/catalog/import").file(new MockMultipartFile("file", "x.csv", "text/csv",
            new byte[] {(byte) 0xFF, (byte) 0xFE, 0x41, 0x00, 0x42, 0x00})).with(csrf()).with(clerk))
        .andExpect(status().isOk()).andExpect(content().string(containsString("另存为 CSV UTF-8")));
    mvc.perform(multipart("/admin/catalog/import").file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream",
            "not excel at all".getBytes(StandardCharsets.UTF_8))).with(csrf()).with(clerk))
        .andExpect(status().isOk()).andExpect(content().string(containsString("内容不是Excel文件")));
    mvc.perform(multipart("/admin/catalog/import").file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[0]))
            .with(csrf()).with(clerk))
        .andExpect(status().isOk()).andExpect(content().string(containsString("请选择要导入的CSV或XLSX文件")));
    String dup = HEADER
        + "DUP-1,500104,索引号重复甲,,500000001/2024-00001,2024-01-10,2024-01-15,S01,通知公告,OTHER,,,\r\n"
        + "DUP-2,500104,索引号重复乙,,500000001/2024-00001,2024-01-10,2024-01-15,S01,通知公告,OTHER,,,\r\n"
        + "DUP-3,500104,索引号错误,,abc,2024-01-10,2024-01-15,S01,通知公告,OTHER,,,\r\n";
    MvcResult r = upload(clerk, "dup.csv", dup.getBytes(StandardCharsets.UTF_8), null);
    assertThat(r.getResponse().getContentAsString()).contains("已被其他信息使用").contains("索引号格式不正确");
    assertThat(count("DUP-%")).isEqualTo(1);
  }

  static byte[] minimalPdf() {
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }
}
