package org.gongkai.decision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.gongkai.decision.internal.Decisions;
import org.gongkai.document.IdNumbers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@GongkaiTest
class DecisionImportWebTest {

  private static final String HEADER = "机构代码,决定类别,决定文书号,决定日期,相对人名称,相对人类别,证件号码,决定内容,依据,相对人地址\n";

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Decisions decisions;

  private static String id(String first17) {
    return first17 + IdNumbers.checkCharacter(first17);
  }

  private long upload(String agency, String name, byte[] bytes) throws Exception {
    MvcResult r = mvc.perform(multipart("/admin/decisions/import").file(new MockMultipartFile("file", name, "text/csv", bytes))
            .with(accounts.as(agency, "CLERK")).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn();
    String location = r.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/admin/decisions/imports/");
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  private java.util.Map<String, Object> run(long id) {
    return jdbc.sql("select * from decision_import where id = ?").param(id).query().singleRow();
  }

  @Test
  void importsGoodRowsReportsBadOnesAndDoesNotDuplicateOnARerun() throws Exception {
    String person = id("50010219850312001");
    String csv = HEADER
        + "500102B05,行政处罚,渝涪市监罚〔2020〕101号,2019-06-01,王建国,自然人," + person + ",当事人王建国（电话13912345678）销售过期食品，罚款2000元,《食品安全法》第一百二十四条,重庆市涪陵区滨江路8号2-1\n"
        + "500102B05,行政许可,渝涪市监许〔2020〕7号,2019/6/2,重庆长江商贸有限公司,法人及非法人组织,,准予食品经营许可,《食品安全法》第三十五条,\n"
        + "500102B05,行政许可,渝涪市监许〔2020〕8号,2020-13-45,重庆长江商贸有限公司,法人,,准予,依据,\n"
        + "500102B05,行政许可,渝涪市监许〔2020〕7号,2019-06-02,重复公司,法人,,重复行,依据,\n"
        + "500102B05,行政奖励,渝涪市监奖〔2020〕1号,2019-06-02,某公司,法人,,内容,依据,\n"
        + "500000B27,行政处罚,渝市监罚〔2020〕99999号,2019-06-02,越权公司,法人,,内容,依据,\n"
        + "500102B05,行政处罚,,2019-06-02,无文书号,法人,,内容,依据,\n";
    long first = upload("500102B05", "decisions.csv", csv.getBytes(StandardCharsets.UTF_8));
    var r1 = run(first);
    assertThat(r1.get("status")).isEqualTo("DONE");
    assertThat(r1.get("inserted")).isEqualTo(2);
    assertThat(r1.get("rejected")).isEqualTo(5);
    List<String> messages = jdbc.sql("select row_number || ' ' || column_name || ' ' || message from decision_import_error where import_id = ? order by row_number")
        .param(first).query(String.class).list();
    assertThat(messages).anyMatch(m -> m.startsWith("4 决定日期") && m.contains("不是有效日期"));
    assertThat(messages).anyMatch(m -> m.startsWith("5 决定文书号") && m.contains("与第 3 行重复"));
    assertThat(messages).anyMatch(m -> m.startsWith("6 决定类别"));
    assertThat(messages).anyMatch(m -> m.startsWith("7 机构代码") && m.contains("不在您的管理范围内"));
    assertThat(messages).anyMatch(m -> m.startsWith("8 决定文书号") && m.contains("不能为空"));

    // personal data: only the masked ID number is stored; phone and address masked in the text
    var stored = jdbc.sql("select party_id, summary from decision where decision_number = '渝涪市监罚〔2020〕101号'").query().singleRow();
    assertThat(stored.get("party_id")).isEqualTo("5001**********" + person.substring(14));
    assertThat((String) stored.get("summary")).doesNotContain("13912345678").contains("139****5678");
    assertThat(jdbc.sql("select count(*) from decision where party_id = ? or summary like ?").params(person, "%" + person + "%").query(Long.class).single()).isZero();

    // the error report
    mvc.perform(get("/admin/decisions/imports/" + first + "/errors.csv").with(accounts.as("500102B05", "CLERK")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("与第 3 行重复")));
    mvc.perform(get("/admin/decisions/imports/" + first).with(accounts.as("500102B05", "CLERK")))
        .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("5 行有误未导入")));

    // a re-run changes nothing and adds nothing
    long second = upload("500102B05", "decisions.csv", csv.getBytes(StandardCharsets.UTF_8));
    var r2 = run(second);
    assertThat(r2.get("inserted")).isEqualTo(0);
    assertThat(r2.get("updated")).isEqualTo(0);
    assertThat(jdbc.sql("select count(*) from decision where agency_code = '500102B05'").query(Long.class).single()).isEqualTo(2);
  }

  @Test
  void importsGbkCsvAndXlsxAndRefusesForgedTypesAndMissingColumns() throws Exception {
    String gbk = HEADER + "500103B05,行政处罚,渝中市监罚〔2020〕5号,2019-03-01,重庆嘉陵餐饮管理有限公司,法人及非法人组织,,罚款,依据,\n";
    long a = upload("500103B05", "gbk.csv", gbk.getBytes(Charset.forName("GBK")));
    assertThat(run(a).get("inserted")).isEqualTo(1);
    assertThat(jdbc.sql("select party_name from decision where decision_number = '渝中市监罚〔2020〕5号'").query(String.class).single())
        .isEqualTo("重庆嘉陵餐饮管理有限公司");

    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    List<List<String>> head = new ArrayList<>();
    for (String h : HEADER.strip().split(",")) {
      head.add(List.of(h));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      rows.add(List.of("500103B05", "行政许可", "渝中市监许〔2020〕" + i + "号", "2019-04-0" + (1 + i % 9), "重庆南山商贸有限公司" + i, "法人及非法人组织", "", "准予许可", "依据", ""));
    }
    FastExcel.write(xlsx).head(head).sheet("决定").doWrite(rows);
    long b = upload("500103B05", "decisions.xlsx", xlsx.toByteArray());
    assertThat(run(b).get("inserted")).isEqualTo(50);

    long forged = upload("500103B05", "forged.xlsx", gbk.getBytes(StandardCharsets.UTF_8));
    assertThat(run(forged).get("status")).isEqualTo("FAILED");
    assertThat((String) run(forged).get("message")).contains("不是 XLSX 格式");
    long zipAsCsv = upload("500103B05", "forged.csv", xlsx.toByteArray());
    assertThat((String) run(zipAsCsv).get("message")).contains("与 .csv 扩展名不符");
    long missing = upload("500103B05", "missing.csv", "机构代码,相对人名称\n500103B05,某公司\n".getBytes(StandardCharsets.UTF_8));
    assertThat((String) run(missing).get("message")).contains("缺少必需的列").contains("决定文书号").contains("决定日期");
    byte[] garbage = {'a', ',', 'b', '\n', (byte) 0xFF, (byte) 0xFF, (byte) 0x80, '\n'};
    long bad = upload("500103B05", "bad.csv", garbage);
    assertThat((String) run(bad).get("message")).contains("字符编码");
    mvc.perform(get("/admin/decisions/imports/" + bad).with(accounts.as("500103B05", "CLERK")))
        .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("未保存任何数据")));
  }

  @Test
  void aUtf8FileWithGbkRowsFarBeyondItsFirst64KilobytesIsRefusedWithTheLineAndSavesNothing() throws Exception {
    StringBuilder utf8 = new StringBuilder(HEADER);
    for (int i = 1; i <= 1_000; i++) {
      utf8.append("500107B05,行政许可,渝北市监许〔2024〕").append(i).append("号,2024-04-01,重庆两江商贸有限公司,法人及非法人组织,,准予食品经营许可,《食品安全法》第三十五条,\n");
    }
    byte[] head = utf8.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(head.length).isGreaterThan(64 * 1024);
    // a row pasted in from a GBK file: its Chinese bytes are no UTF-8
    byte[] tail = "500107B05,行政许可,渝北市监许〔2024〕1001号,2024-04-01,重庆渝北商贸有限公司,法人及非法人组织,,准予,依据,\n"
        .getBytes(Charset.forName("GBK"));
    byte[] file = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, file, head.length, tail.length);

    var run = run(upload("500107B05", "mixed.csv", file));
    assertThat(run.get("status")).isEqualTo("FAILED");
    assertThat((String) run.get("message")).contains("文件第 1002 行附近").contains("无法按 UTF-8 解码").contains("本次未保存任何数据");
    assertThat(jdbc.sql("select count(*) from decision where agency_code = '500107B05'").query(Long.class).single()).isZero();
  }

  @Test
  void refusesA100MegabyteUploadWithAClearMessage() throws Exception {
    byte[] big = new byte[100 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    mvc.perform(multipart("/admin/decisions/import").file(new MockMultipartFile("file", "big.csv", "text/csv", big))
            .with(accounts.as("500104B05", "CLERK")).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("formError",
            org.hamcrest.Matchers.containsString("超过单个文件 50 MB 的上限")));
  }

  @Test
  void importsJsonAndNdjsonThroughTheApiAndPublishesThemMasked() throws Exception {
    String person = id("50010519700101002");
    String json = "[{\"agency\":\"500105B05\",\"kind\":\"PENALTY\",\"decisionNumber\":\"渝北罚〔2020〕1号\",\"decisionDate\":\"" + LocalDate.now().minusDays(30) + "\","
        + "\"partyName\":\"刘海波\",\"partyType\":\"NATURAL_PERSON\",\"partyId\":\"" + person + "\",\"summary\":\"罚款200元，手机13800001111\"},"
        + "{\"agency\":\"500105B05\",\"kind\":\"行政许可\",\"decisionNumber\":\"渝北许〔2020〕1号\",\"decisionDate\":\"2020-13-01\",\"partyName\":\"某公司\"}]";
    mvc.perform(post("/api/v1/admin/decisions/import").contentType(MediaType.APPLICATION_JSON).content(json)
            .with(accounts.as("500105B05", "CLERK")).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.inserted").value(1))
        .andExpect(jsonPath("$.rejected").value(1))
        .andExpect(jsonPath("$.errors[0].row").value(2))
        .andExpect(jsonPath("$.errors[0].column").value("决定日期"));
    String ndjson = "{\"agency\":\"500105B05\",\"kind\":\"COERCION\",\"decisionNumber\":\"渝北强〔2020〕1号\",\"decisionDate\":\"" + LocalDate.now().minusDays(9) + "\",\"partyName\":\"重庆某公司\",\"partyType\":\"法人\"}\n"
        + "{\"agency\":\"500105B05\",\"kind\":\"COERCION\",\"decisionNumber\":\"渝北强〔2020〕2号\",\"decisionDate\":\"" + LocalDate.now().minusDays(10) + "\",\"partyName\":\"重庆某公司\",\"partyType\":\"法人\"}\n";
    mvc.perform(post("/api/v1/admin/decisions/import").contentType("application/x-ndjson").content(ndjson)
            .with(accounts.as("500105B05", "CLERK")).with(csrf()))
        .andExpect(status().isOk()).andExpect(jsonPath("$.inserted").value(2));
    mvc.perform(post("/api/v1/admin/decisions/import").contentType(MediaType.APPLICATION_JSON).content("[{\"agency\": ")
            .with(accounts.as("500105B05", "CLERK")).with(csrf()))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("JSON 格式错误")));

    mvc.perform(get("/api/v1/decisions").param("agency", "500105B05").param("kind", "PENALTY"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.decisions[0].partyId").value("5001**********" + person.substring(14)))
        .andExpect(jsonPath("$.decisions[0].summary").value("罚款200元，手机138****1111"));
    mvc.perform(get("/api/v1/decisions").param("agency", "500105B05").param("q", "渝北强〔2020〕2号"))
        .andExpect(jsonPath("$.total").value(1));
    mvc.perform(get("/api/v1/decisions")).andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/decisions").param("agency", "500105B05").param("kind", "FEE")).andExpect(status().isBadRequest());
    mvc.perform(get("/agencies/500105B05/decisions").param("kind", "PENALTY").param("q", "刘"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("刘海波")))
        .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(person))));
    mvc.perform(get("/agencies/500105B05/decisions").param("from", "not-a-date")).andExpect(status().isBadRequest());
  }

  @Test
  void withdrawsDecisionsWhosePublicationPeriodEnded() throws Exception {
    LocalDate old = LocalDate.now().minusYears(4);
    String csv = HEADER + "500106B05,行政处罚,渝沙罚〔旧〕1号," + old + ",重庆旧案公司,法人,,罚款,依据,\n"
        + "500106B05,行政处罚,渝沙罚〔新〕2号," + LocalDate.now().minusDays(10) + ",重庆新案公司,法人,,罚款,依据,\n"
        + "500106B05,行政许可,渝沙许〔旧〕3号," + old + ",重庆许可公司,法人,,准予,依据,\n";
    upload("500106B05", "w.csv", csv.getBytes(StandardCharsets.UTF_8));
    // withdrawn at import: its three years ended; a licence stays published
    assertThat(jdbc.sql("select withdrawn from decision where decision_number = '渝沙罚〔旧〕1号'").query(Boolean.class).single()).isTrue();
    assertThat(jdbc.sql("select withdrawn from decision where decision_number = '渝沙许〔旧〕3号'").query(Boolean.class).single()).isFalse();
    // the nightly job withdraws what ends later
    assertThat(decisions.withdrawExpired(LocalDate.now().plusYears(3).plusDays(1))).isGreaterThanOrEqualTo(1);
    assertThat(jdbc.sql("select withdrawn from decision where decision_number = '渝沙罚〔新〕2号'").query(Boolean.class).single()).isTrue();
    assertThat(decisions.search(new Decisions.Query("500106B05", null, null, null, null, 0, 20)).decisions())
        .extracting(Decisions.PublishedDecision::decisionNumber).containsExactly("渝沙许〔旧〕3号");
    assertThat(jdbc.sql("select count(*) from audit_log where action = 'DECISIONS_WITHDRAWN'").query(Long.class).single()).isPositive();
  }
}
