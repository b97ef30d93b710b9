package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.gongkai.document.CreditCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Intake, tracking and the staff desk, end to end, with bad input for every field. */
@GongkaiTest
class RequestDeskTest {

  static final AtomicInteger CLIENT = new AtomicInteger(1);
  static final String VALID_ID = "11010519491231002X";

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired DisclosureRequests requests;

  /** A fresh client address, so tests do not share the intake rate limit. */
  static RequestPostProcessor client() {
    int n = CLIENT.incrementAndGet();
    return r -> {
      r.setRemoteAddr("10.9." + (n / 250) + "." + (n % 250));
      return r;
    };
  }

  static String person(String overrides) {
    String base = "\"agencyCode\":\"500101\",\"applicantType\":\"NATURAL_PERSON\",\"name\":\"张三\",\"idType\":\"RESIDENT_ID_CARD\","
        + "\"idNumber\":\"" + VALID_ID + "\",\"phone\":\"13800138000\",\"email\":\"zhangsan@example.com\",\"address\":\"重庆市万州区某路1号\","
        + "\"description\":\"2020年万州区某道路改造项目的立项批复文件\",\"format\":\"ELECTRONIC\",\"delivery\":\"EMAIL\"";
    return "{" + (overrides.isEmpty() ? base : base + "," + overrides) + "}";
  }

  String submit(String json) throws Exception {
    return mvc.perform(post("/api/v1/requests").with(client()).contentType(MediaType.APPLICATION_JSON).content(json))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
  }

  @Test
  void submitsAnApplicationAndTracksItOnlyWithTheQueryCode() throws Exception {
    String body = submit(person(""));
    String tn = JsonPath.read(body, "$.trackingNumber");
    String code = JsonPath.read(body, "$.queryCode");
    assertThat(tn).matches("YSQ-\\d{4}-500101-\\d{5}");
    assertThat(code).hasSizeGreaterThanOrEqualTo(8);
    assertThat((String) JsonPath.read(body, "$.dueDate")).isNotBlank();
    mvc.perform(get("/api/v1/requests/" + tn).param("queryCode", code))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REGISTERED"))
        .andExpect(jsonPath("$.receivedDate").value(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()));
    String wrong = mvc.perform(get("/api/v1/requests/" + tn).param("queryCode", "WRONGCODE1"))
        .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
    String missing = mvc.perform(get("/api/v1/requests/" + tn)).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
    String unknown = mvc.perform(get("/api/v1/requests/YSQ-2026-500101-99999").param("queryCode", code))
        .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
    assertThat(wrong).isEqualTo(unknown).isEqualTo(missing);
    String stored = jdbc.sql("select query_code_hash from disclosure_request where tracking_number = :tn").param("tn", tn)
        .query(String.class).single();
    assertThat(stored).doesNotContain(code).hasSize(64);
  }

  @Test
  void rejectsAResidentIdWithAWrongCheckDigitNamingTheField() throws Exception {
    mvc.perform(post("/api/v1/requests").with(client()).contentType(MediaType.APPLICATION_JSON)
            .content(person("").replace(VALID_ID, "110105194912310021")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("idNumber")))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("校验位")));
  }

  @Test
  void rejectsAnOrganisationWithAWrongCreditCodeAndNoLegalRepresentative() throws Exception {
    String first17 = "91500000MA5U00001";
    char check = CreditCodes.checkCharacter(first17);
    char wrong = check == '0' ? '1' : '0';
    String json = "{\"agencyCode\":\"500000\",\"applicantType\":\"COMMERCIAL_ENTERPRISE\",\"name\":\"重庆某某有限公司\","
        + "\"creditCode\":\"" + first17 + wrong + "\",\"contactName\":\"李四\",\"phone\":\"023-63854321\","
        + "\"description\":\"本公司2020年度行政处罚决定书\",\"format\":\"PAPER\",\"delivery\":\"IN_PERSON\"}";
    mvc.perform(post("/api/v1/requests").with(client()).contentType(MediaType.APPLICATION_JSON).content(json))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("creditCode")))
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("legalRepresentative")));
    String ok = json.replace(first17 + wrong, first17 + check).replace("\"contactName\"", "\"legalRepresentative\":\"王五\",\"contactName\"");
    submit(ok);
  }

  @Test
  void rejectsBadPhoneEmailUnknownValuesAndMissingFields() throws Exception {
    mvc.perform(post("/api/v1/requests").with(client()).contentType(MediaType.APPLICATION_JSON)
            .content(person("").replace("13800138000", "12345").replace("zhangsan@example.com", "not-an-email")
                .replace("\"ELECTRONIC\"", "\"HOLOGRAM\"").replace("500101", "999999")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("phone")))
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("email")))
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("format")))
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("agencyCode")));
    mvc.perform(post("/api/v1/requests").with(client()).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("name")))
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("description")))
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("applicantType")));
    mvc.perform(post("/api/v1/requests").with(client()).contentType(MediaType.APPLICATION_JSON).content("{not json"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void rejectsOneMegabyteOfTextAndSavesNothing() throws Exception {
    long before = jdbc.sql("select count(*) from disclosure_request").query(Long.class).single();
    String huge = "信".repeat(1024 * 1024 / 3);
    mvc.perform(post("/api/v1/requests").with(client()).contentType(MediaType.APPLICATION_JSON)
            .content(person("").replace("2020年万州区某道路改造项目的立项批复文件", huge).replace("张三", huge)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("description")))
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("name")));
    assertThat(jdbc.sql("select count(*) from disclosure_request").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void limitsTheSubmissionsOfOneClientPerMinute() throws Exception {
    RequestPostProcessor same = client();
    int created = 0;
    int refused = 0;
    for (int i = 0; i < 12; i++) {
      int s = mvc.perform(post("/api/v1/requests").with(same).contentType(MediaType.APPLICATION_JSON).content(person("")))
          .andReturn().getResponse().getStatus();
      if (s == 201) created++;
      if (s == 429) refused++;
    }
    assertThat(created).isEqualTo(10);
    assertThat(refused).isEqualTo(2);
  }

  @Test
  void acceptsRealFileTypesAndRejectsForgedOnesByContent() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    MockMultipartFile forged = new MockMultipartFile("attachments", "身份证.pdf", "application/pdf", "<html><script>alert(1)</script></html>".getBytes());
    mvc.perform(multipart("/requests/new").file(forged).with(csrf()).with(client())
            .param("agencyCode", "500101").param("applicantType", "NATURAL_PERSON").param("name", "张三")
            .param("idType", "RESIDENT_ID_CARD").param("idNumber", VALID_ID).param("phone", "13800138000")
            .param("description", "2020年某项目批复文件").param("format", "ELECTRONIC").param("delivery", "ONLINE"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("不是PDF、JPEG、PNG或DOCX文件")));
    MockMultipartFile real = new MockMultipartFile("attachments", "scan.bin", "application/octet-stream", png);
    mvc.perform(multipart("/requests/new").file(real).with(csrf()).with(client())
            .param("agencyCode", "500101").param("applicantType", "NATURAL_PERSON").param("name", "张三")
            .param("idType", "RESIDENT_ID_CARD").param("idNumber", VALID_ID).param("phone", "13800138000")
            .param("description", "2020年某项目批复文件").param("format", "ELECTRONIC").param("delivery", "ONLINE"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("申请已提交")));
  }

  @Test
  void staffRegistrationRefusesFutureDatesAndDatesBeforeTheRegulation() throws Exception {
    RequestPostProcessor clerk = accounts.as("500101", "CLERK");
    String tomorrow = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
    for (String day : new String[] {tomorrow, "2001-05-01", "2020-13-45"}) {
      mvc.perform(multipart("/admin/requests/new").with(csrf()).with(clerk)
              .param("agencyCode", "500101").param("channel", "POST").param("receivedOn", day)
              .param("applicantType", "NATURAL_PERSON").param("name", "赵六").param("idType", "PASSPORT").param("idNumber", "E12345678")
              .param("phone", "023-58123456").param("address", "重庆市万州区某路2号").param("description", "某项目的环评批复")
              .param("format", "PAPER").param("delivery", "POST"))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(containsString("id=\"receivedOn-error\"")));
    }
    mvc.perform(multipart("/admin/requests/new").with(csrf()).with(clerk)
            .param("agencyCode", "500101").param("channel", "POST").param("receivedOn", "2026-11-02")
            .param("applicantType", "NATURAL_PERSON").param("name", "赵六").param("idType", "PASSPORT").param("idNumber", "E12345678")
            .param("phone", "023-58123456").param("address", "重庆市万州区某路2号").param("description", "某项目的环评批复")
            .param("format", "PAPER").param("delivery", "POST"))
        .andExpect(status().is3xxRedirection());
    // a clerk of another district may not register for 万州区
    mvc.perform(multipart("/admin/requests/new").with(csrf()).with(accounts.as("500102", "CLERK"))
            .param("agencyCode", "500101").param("channel", "POST").param("receivedOn", "2026-11-02"))
        .andExpect(status().isForbidden());
  }

  String newRequest() throws Exception {
    return JsonPath.read(submit(person("")), "$.trackingNumber");
  }

  int version(String tn) {
    return jdbc.sql("select version from disclosure_request where tracking_number = :tn").param("tn", tn).query(Integer.class).single();
  }

  @Test
  void ofTwoClerksReplyingAtOnceOneWinsAndTheOtherIsToldPlainly() throws Exception {
    String tn = newRequest();
    int v = version(tn);
    String today = requests.today().toString();
    RequestPostProcessor a = accounts.as("500101", "CLERK");
    RequestPostProcessor b = accounts.as("500101", "CLERK");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    Future<Integer> fa = pool.submit(() -> {
      start.await();
      return mvc.perform(post("/admin/requests/" + tn + "/reply").with(csrf()).with(a).param("version", String.valueOf(v))
          .param("on", today).param("outcome", "GRANTED")).andReturn().getResponse().getStatus();
    });
    Future<Integer> fb = pool.submit(() -> {
      start.await();
      return mvc.perform(post("/admin/requests/" + tn + "/reply").with(csrf()).with(b).param("version", String.valueOf(v))
          .param("on", today).param("outcome", "UNAVAILABLE_NOT_HELD")).andReturn().getResponse().getStatus();
    });
    start.countDown();
    int sa = fa.get();
    int sb = fb.get();
    pool.shutdown();
    assertThat(new int[] {sa, sb}).containsExactlyInAnyOrder(302, 409);
    // a third, late, attempt with the old version is told the same
    mvc.perform(post("/admin/requests/" + tn + "/reply").with(csrf()).with(a).param("version", String.valueOf(v))
            .param("on", today).param("outcome", "GRANTED"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("已被其他工作人员修改")));
    assertThat(jdbc.sql("select count(*) from request_event where type = 'Replied' and request_id = (select id from disclosure_request where tracking_number = :tn)")
        .param("tn", tn).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void aTransitionFromTheWrongStateIsRefusedNamingTheState() throws Exception {
    String tn = newRequest();
    mvc.perform(post("/admin/requests/" + tn + "/deliver").with(csrf()).with(accounts.as("500101", "CLERK"))
            .param("version", String.valueOf(version(tn))).param("on", requests.today().toString()))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("当前状态为“已登记”")));
  }

  @Test
  void theWholeWayFromCorrectionToDeliveryIsRecordedInHistoryAndAudit() throws Exception {
    String tn = newRequest();
    RequestPostProcessor clerk = accounts.as("500101", "CLERK");
    String today = requests.today().toString();
    mvc.perform(post("/admin/requests/" + tn + "/request-correction").with(csrf()).with(clerk).param("version", String.valueOf(version(tn)))
        .param("on", today).param("items", "请写明文件的文号")).andExpect(status().is3xxRedirection());
    mvc.perform(post("/admin/requests/" + tn + "/receive-correction").with(csrf()).with(clerk).param("version", String.valueOf(version(tn)))
        .param("on", today)).andExpect(status().is3xxRedirection());
    mvc.perform(post("/admin/requests/" + tn + "/extend").with(csrf()).with(clerk).param("version", String.valueOf(version(tn)))
        .param("on", today).param("days", "21").param("approvedBy", "李主任").param("applicantInformed", "true"))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/admin/requests/" + tn + "/extend").with(csrf()).with(clerk).param("version", String.valueOf(version(tn)))
        .param("on", today).param("days", "10").param("approvedBy", "李主任").param("applicantInformed", "true"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/admin/requests/" + tn + "/reply").with(csrf()).with(clerk).param("version", String.valueOf(version(tn)))
        .param("on", today).param("outcome", "PARTIALLY_GRANTED")).andExpect(status().is3xxRedirection());
    mvc.perform(post("/admin/requests/" + tn + "/deliver").with(csrf()).with(clerk).param("version", String.valueOf(version(tn)))
        .param("on", today)).andExpect(status().is3xxRedirection());
    mvc.perform(get("/admin/requests/" + tn).with(clerk))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("发出补正告知")))
        .andExpect(content().string(containsString("李主任")))
        .andExpect(content().string(containsString("答复已送达")))
        .andExpect(content().string(containsString(VALID_ID)));
    assertThat(jdbc.sql("select count(*) from audit_log where object_id = :tn").param("tn", tn).query(Long.class).single()).isEqualTo(6);
  }

  @Test
  void staffOfAnotherDistrictGet403AndSupervisorsSeeMaskedIds() throws Exception {
    String tn = newRequest();
    mvc.perform(get("/admin/requests/" + tn).with(accounts.as("500102", "CLERK"))).andExpect(status().isForbidden());
    mvc.perform(post("/admin/requests/" + tn + "/start-review").with(csrf()).with(accounts.as("500102", "SUPERVISOR"))
        .param("version", "0").param("on", requests.today().toString())).andExpect(status().isForbidden());
    mvc.perform(get("/admin/requests/" + tn).with(accounts.as("500000", "SUPERVISOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(VALID_ID))))
        .andExpect(content().string(containsString("110***********002X")));
    mvc.perform(get("/admin/requests").param("q", tn).with(accounts.as("500101", "CLERK")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(tn)))
        .andExpect(content().string(not(containsString(VALID_ID))));
  }

  @Test
  void theQueueFiltersAndTheDashboardFlagsUrgentRequests() throws Exception {
    RequestPostProcessor supervisor = accounts.as("500000", "SUPERVISOR");
    mvc.perform(get("/admin/requests").param("due", "overdue").with(supervisor)).andExpect(status().isOk())
        .andExpect(content().string(containsString("已超期")));
    mvc.perform(get("/admin/requests").param("view", "all").param("status", "NOPE").param("applicantType", "COMMERCIAL_ENTERPRISE")
        .with(supervisor)).andExpect(status().isOk());
    mvc.perform(get("/admin").with(supervisor)).andExpect(status().isOk())
        .andExpect(content().string(containsString("临近或超过答复期限")));
  }

  @Test
  void thePortalPagesRender() throws Exception {
    mvc.perform(get("/requests")).andExpect(status().isOk()).andExpect(content().string(containsString("办理进度查询")));
    mvc.perform(get("/requests/new").param("agency", "500101")).andExpect(status().isOk())
        .andExpect(content().string(containsString("政府信息公开申请表")));
    mvc.perform(post("/requests/track").with(csrf()).param("trackingNumber", "YSQ-2020-500000-00001").param("queryCode", "GONGKAI2020"))
        .andExpect(status().isOk()).andExpect(content().string(containsString("办理结果")));
    mvc.perform(post("/requests/track").with(csrf()).param("trackingNumber", "YSQ-2020-500000-00001").param("queryCode", "WRONG"))
        .andExpect(status().isNotFound()).andExpect(content().string(not(containsString("办理结果"))));
  }
}
