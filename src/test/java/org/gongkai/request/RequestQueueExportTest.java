package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The XLSX export of the staff queue: the page's filters and access rules, no personal identifiers. */
@GongkaiTest
class RequestQueueExportTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  String submit(String agency, String name) throws Exception {
    String json = RequestDeskTest.person("").replace("\"500101\"", "\"" + agency + "\"").replace("张三", name);
    String body = mvc.perform(post("/api/v1/requests").with(RequestDeskTest.client()).contentType(MediaType.APPLICATION_JSON).content(json))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return JsonPath.read(body, "$.trackingNumber");
  }

  static List<List<String>> rows(byte[] xlsx) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getSheetAt(0);
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 12; c++) {
          cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  byte[] export(RequestPostProcessor who, String... params) throws Exception {
    var request = get("/admin/requests.xlsx").with(who);
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
        .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
        .andReturn().getResponse().getContentAsByteArray();
  }

  @Test
  void theExportOpensAndHoldsTheFilteredRowsOnlyWithoutIdNumbersOrPhones() throws Exception {
    String mine = submit("500101", "导出甲");
    submit("500102", "导出乙");
    RequestPostProcessor clerk = accounts.as("500101", "CLERK");

    List<List<String>> one = rows(export(clerk, "view", "all", "q", mine));
    assertThat(one.get(0)).containsExactly("受理编号", "机关", "渠道", "收到日期", "申请人类型", "申请人", "内容摘要", "状态", "答复结果",
        "期限", "剩余工作日", "答复日期");
    assertThat(one).hasSize(2);
    assertThat(one.get(1).get(0)).isEqualTo(mine);
    assertThat(one.get(1).get(1)).isEqualTo("重庆市万州区人民政府");
    assertThat(one.get(1).get(2)).isEqualTo("网上申请");
    assertThat(one.get(1).get(5)).isEqualTo("导出甲");
    assertThat(one.get(1).get(7)).isEqualTo("已登记");
    assertThat(one.get(1).get(10)).matches("\\d+");

    // the open queue of the clerk's own agency, registered ones: exactly the rows the page counts
    List<List<String>> all = rows(export(clerk, "status", "REGISTERED"));
    long expected = jdbc.sql("select count(*) from disclosure_request where agency_code = '500101' and status = 'REGISTERED'")
        .query(Long.class).single();
    assertThat(all).hasSize((int) expected + 1);
    assertThat(all.size()).isGreaterThan(1);
    assertThat(all.subList(1, all.size())).allSatisfy(row -> {
      assertThat(row.get(0)).contains("-500101-");
      assertThat(row.get(7)).isEqualTo("已登记");
    });
    assertThat(all.toString()).doesNotContain(RequestDeskTest.VALID_ID, "13800138000", "zhangsan@example.com", "导出乙");

    // the queue page offers the export with its filters
    mvc.perform(get("/admin/requests").param("status", "REGISTERED").with(clerk)).andExpect(status().isOk())
        .andExpect(content().string(containsString("/admin/requests.xlsx?view=open&amp;status=REGISTERED")));
  }

  @Test
  void anotherAgencysClerkCannotExportItsRequests() throws Exception {
    mvc.perform(get("/admin/requests.xlsx").param("agency", "500101").with(accounts.as("500102", "CLERK")))
        .andExpect(status().isForbidden());
  }

  @Test
  @Transactional
  void moreRowsThanTheLimitAreRefusedWithAPlainMessage() throws Exception {
    jdbc.sql("""
        insert into disclosure_request (tracking_number, query_code_hash, agency_code, channel, received_on, applicant_type,
          applicant_name, description, format, delivery, status, due_date, next_deadline, due_explanation)
        select 'LIMIT-' || g, 'x', '500101B05', 'ONLINE', date '2026-11-02', 'NATURAL_PERSON', '测试', '导出上限测试',
          'ELECTRONIC', 'ONLINE', 'REGISTERED', date '2026-11-30', date '2026-11-30', '测试'
        from generate_series(1, :n) g""").param("n", RequestQueue.EXPORT_LIMIT + 1).update();
    mvc.perform(get("/admin/requests.xlsx").param("agency", "500101B05").with(accounts.as("500101B05", "CLERK")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("超过单次导出上限100000件")));
  }
}
