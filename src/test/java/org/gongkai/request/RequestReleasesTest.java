package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.gongkai.document.ContentType;
import org.gongkai.document.Documents;
import org.gongkai.document.IdNumbers;
import org.gongkai.document.Letter;
import org.gongkai.document.Samples;
import org.gongkai.document.TextExtraction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 区分处理 on the request desk: upload, choose, preview, produce; frozen with the reply; the applicant's download. */
@GongkaiTest
class RequestReleasesTest {

  static final String ID = "50010319850612123" + IdNumbers.checkCharacter("50010319850612123");
  static final String MOBILE = "13812345678";

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired DisclosureRequests requests;

  static Letter document() {
    return new Letter("重庆市万州区住房和城乡建设委员会", "关于某小区加装电梯投诉的处理情况", null, "王五",
        List.of("投诉人张三（身份证号" + ID + "，联系电话" + MOBILE + "）于2026年2月10日反映某小区加装电梯施工噪声问题。",
            "经现场核查，施工单位已按要求调整作业时间，每日12时至14时停止高噪声作业。",
            "联系人：李四。"),
        "重庆市万州区住房和城乡建设委员会", LocalDate.of(2026, 3, 1));
  }

  /** A one-page PDF with three lines of Latin text at known positions. */
  static byte[] latinPdf() {
    return Samples.latinPdf("Keep this line", "Remove this secret line", "Keep the last line");
  }

  String newRequest() throws Exception {
    String body = mvc.perform(post("/api/v1/requests").with(RequestDeskTest.client()).contentType(MediaType.APPLICATION_JSON)
            .content(RequestDeskTest.person("")))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return JsonPath.read(body, "$.trackingNumber") + " " + JsonPath.read(body, "$.queryCode");
  }

  long upload(String tn, RequestPostProcessor who, String name, byte[] content) throws Exception {
    String location = mvc.perform(multipart("/admin/requests/" + tn + "/releases")
            .file(new MockMultipartFile("file", name, "application/octet-stream", content)).with(csrf()).with(who))
        .andExpect(status().is3xxRedirection())
        .andReturn().getResponse().getRedirectedUrl();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  int version(String tn) {
    return jdbc.sql("select version from disclosure_request where tracking_number = :tn").param("tn", tn).query(Integer.class).single();
  }

  void reply(String tn, RequestPostProcessor clerk) throws Exception {
    mvc.perform(post("/admin/requests/" + tn + "/reply").with(csrf()).with(clerk).param("version", String.valueOf(version(tn)))
            .param("on", requests.today().toString()).param("outcome", "PARTIALLY_GRANTED").param("note", "涉及个人隐私"))
        .andExpect(status().is3xxRedirection());
  }

  byte[] released(String tn, long id, RequestPostProcessor who) throws Exception {
    return mvc.perform(get("/admin/requests/" + tn + "/releases/" + id + "/released").with(who))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
  }

  List<String> logKinds(long id) {
    return jdbc.sql("select kind from request_release_log where release_id = :id order by seq").param("id", id).query(String.class).list();
  }

  @Test
  void theReleasedPdfAndDocxNoLongerHoldTheWithheldTextAndTheLogListsEachRemoval() throws Exception {
    String tn = newRequest().split(" ")[0];
    RequestPostProcessor clerk = accounts.as("500101", "CLERK");
    long pdf = upload(tn, clerk, "处理情况.pdf", Documents.letterPdf(document()));
    long docx = upload(tn, clerk, "处理情况.docx", Documents.letterDocx(document()));

    // the request page lists both with the personal data found; the document page offers the kinds found
    mvc.perform(get("/admin/requests/" + tn).with(clerk)).andExpect(status().isOk())
        .andExpect(content().string(containsString("处理情况.pdf")))
        .andExpect(content().string(containsString("居民身份证号 1处")))
        .andExpect(content().string(containsString("待区分处理")));
    mvc.perform(get("/admin/requests/" + tn + "/releases/" + pdf).with(clerk)).andExpect(status().isOk())
        .andExpect(content().string(containsString("5001**********" + ID.substring(14))))
        .andExpect(content().string(not(containsString(ID))))
        .andExpect(content().string(containsString("/pages/1.png")));
    mvc.perform(get("/admin/requests/" + tn + "/releases/" + pdf + "/pages/1.png").with(clerk))
        .andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_PNG));

    // preview changes nothing
    mvc.perform(post("/admin/requests/" + tn + "/releases/" + pdf + "/preview").with(csrf()).with(clerk)
            .param("patterns", "RESIDENT_ID", "MOBILE").param("literals", "张三\n李四\n赵六").param("reason", "涉及个人隐私（第十五条）"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("将删除 4 处")))
        .andExpect(content().string(containsString("以下指定内容在文件中未找到：赵六")))
        .andExpect(content().string(containsString("data:image/png;base64,")));
    assertThat(count("request_release_log where release_id = " + pdf)).isZero();

    for (long id : new long[] {pdf, docx}) {
      mvc.perform(post("/admin/requests/" + tn + "/releases/" + id + "/release").with(csrf()).with(clerk)
              .param("patterns", "RESIDENT_ID", "MOBILE").param("literals", "张三\n李四").param("reason", "涉及个人隐私（第十五条）"))
          .andExpect(status().is3xxRedirection());
      String text = TextExtraction.extract(released(tn, id, clerk)).replaceAll("\\s+", "");
      assertThat(text).doesNotContain(ID, MOBILE, "张三", "李四").contains("经现场核查", "施工单位已按要求调整作业时间");
      assertThat(logKinds(id)).containsExactlyInAnyOrder("指定内容", "居民身份证号", "手机号码", "指定内容");
      assertThat(jdbc.sql("select count(*) from request_release_log where release_id = :id and actor is not null"
              + " and reason = '涉及个人隐私（第十五条）' and masked not like '%' || :idn || '%'")
          .param("id", id).param("idn", ID).query(Long.class).single()).isEqualTo(4);
    }
    byte[] docxOut = released(tn, docx, clerk);
    assertThat(ContentType.detect(docxOut)).isEqualTo(ContentType.DOCX);
    assertThat(TextExtraction.extract(docxOut)).contains("■■■");

    // the log on the page: where, which rule, who
    mvc.perform(get("/admin/requests/" + tn + "/releases/" + pdf).with(clerk)).andExpect(status().isOk())
        .andExpect(content().string(containsString("区分处理记录")))
        .andExpect(content().string(containsString("第1页")))
        .andExpect(content().string(containsString("手机号码")));
    assertThat(jdbc.sql("select count(*) from audit_log where object_id = :tn and action in ('REQUEST_RELEASE_UPLOADED', 'REQUEST_RELEASE_PRODUCED')")
        .param("tn", tn).query(Long.class).single()).isEqualTo(4);
    assertThat(jdbc.sql("select count(*) from request_event e join disclosure_request r on r.id = e.request_id"
            + " where r.tracking_number = :tn and e.type = 'ReleaseProduced'")
        .param("tn", tn).query(Long.class).single()).isEqualTo(2);
  }

  @Test
  void regionsOnAPdfRemoveTheTextInsideThem() throws Exception {
    String tn = newRequest().split(" ")[0];
    RequestPostProcessor clerk = accounts.as("500101", "CLERK");
    long id = upload(tn, clerk, "scan.pdf", latinPdf());
    mvc.perform(post("/admin/requests/" + tn + "/releases/" + id + "/release").with(csrf()).with(clerk)
            .param("regions", "1,60,88,300,16"))
        .andExpect(status().is3xxRedirection());
    String text = TextExtraction.extract(released(tn, id, clerk));
    assertThat(text).contains("Keep this line", "Keep the last line").doesNotContain("secret", "Remove");
    assertThat(logKinds(id)).containsExactly("指定区域");
  }

  @Test
  void badChoicesAreRefusedWithAChineseMessageAndNothingSaved() throws Exception {
    String tn = newRequest().split(" ")[0];
    RequestPostProcessor clerk = accounts.as("500101", "CLERK");
    long pdf = upload(tn, clerk, "a.pdf", latinPdf());
    long docx = upload(tn, clerk, "b.docx", Documents.letterDocx(document()));
    String base = "/admin/requests/" + tn + "/releases/";
    mvc.perform(post(base + pdf + "/release").with(csrf()).with(clerk))
        .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请至少选择一类个人信息")));
    mvc.perform(post(base + pdf + "/release").with(csrf()).with(clerk).param("regions", "1,60,88"))
        .andExpect(status().isBadRequest()).andExpect(content().string(containsString("第1行")));
    mvc.perform(post(base + pdf + "/release").with(csrf()).with(clerk).param("regions", "2,60,88,10,10"))
        .andExpect(status().isBadRequest()).andExpect(content().string(containsString("页码超出范围")));
    mvc.perform(post(base + pdf + "/release").with(csrf()).with(clerk).param("patterns", "FINGERPRINT"))
        .andExpect(status().isBadRequest()).andExpect(content().string(containsString("个人信息类型取值无效")));
    mvc.perform(post(base + docx + "/release").with(csrf()).with(clerk).param("regions", "1,1,1,10,10"))
        .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Word 文件不能按区域删除")));
    assertThat(jdbc.sql("select count(*) from request_release where id in (:a, :b) and released is not null")
        .param("a", pdf).param("b", docx).query(Long.class).single()).isZero();
  }

  @Test
  void aForgedFileTypeIsRefusedWithAChineseMessageAndNothingSaved() throws Exception {
    String tn = newRequest().split(" ")[0];
    RequestPostProcessor clerk = accounts.as("500101", "CLERK");
    long before = count("request_release");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    for (MockMultipartFile forged : List.of(
        new MockMultipartFile("file", "批复.pdf", "application/pdf", "<html><script>alert(1)</script></html>".getBytes()),
        new MockMultipartFile("file", "批复.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", png),
        new MockMultipartFile("file", "坏的.pdf", "application/pdf", "%PDF-1.7\n这不是真正的PDF".getBytes()))) {
      mvc.perform(multipart("/admin/requests/" + tn + "/releases").file(forged).with(csrf()).with(clerk))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(containsString("未上传")))
          .andExpect(content().string(containsString(forged.getOriginalFilename())));
    }
    mvc.perform(multipart("/admin/requests/" + tn + "/releases").file(
            new MockMultipartFile("file", "批复.pdf", "application/pdf", "<html></html>".getBytes())).with(csrf()).with(clerk))
        .andExpect(content().string(containsString("不是 PDF 或 Word（.docx）文件")));
    assertThat(count("request_release")).isEqualTo(before);
  }

  @Test
  void anotherAgencysClerkGets403AndSupervisorsNeverSeeTheOriginal() throws Exception {
    String tn = newRequest().split(" ")[0];
    RequestPostProcessor clerk = accounts.as("500101", "CLERK");
    long id = upload(tn, clerk, "a.pdf", latinPdf());
    RequestPostProcessor other = accounts.as("500102", "CLERK");
    String base = "/admin/requests/" + tn + "/releases";
    mvc.perform(multipart(base).file(new MockMultipartFile("file", "x.pdf", "application/pdf", latinPdf())).with(csrf()).with(other))
        .andExpect(status().isForbidden());
    mvc.perform(get(base + "/" + id).with(other)).andExpect(status().isForbidden());
    mvc.perform(get(base + "/" + id + "/original").with(other)).andExpect(status().isForbidden());
    mvc.perform(get(base + "/" + id + "/pages/1.png").with(other)).andExpect(status().isForbidden());
    mvc.perform(post(base + "/" + id + "/release").with(csrf()).with(other).param("literals", "secret")).andExpect(status().isForbidden());
    mvc.perform(post(base + "/" + id + "/delete").with(csrf()).with(other)).andExpect(status().isForbidden());
    // the city's supervisor sees the request, but not the original, and cannot work on it
    RequestPostProcessor supervisor = accounts.as("500000", "SUPERVISOR");
    mvc.perform(get(base + "/" + id + "/original").with(supervisor)).andExpect(status().isForbidden());
    mvc.perform(post(base + "/" + id + "/release").with(csrf()).with(supervisor).param("literals", "secret")).andExpect(status().isForbidden());
    mvc.perform(get(base + "/" + id).with(supervisor)).andExpect(status().isOk())
        .andExpect(content().string(containsString("仅承办机关可查看原件")));
    assertThat(count("request_release where id = " + id + " and released is not null")).isZero();
    mvc.perform(get(base + "/" + id + "/original").with(clerk)).andExpect(status().isOk());
  }

  @Test
  void theApplicantGetsReleasedFilesOnlyAfterTheReplyAndOnlyWithTheRightQueryCode() throws Exception {
    String[] receipt = newRequest().split(" ");
    String tn = receipt[0];
    String code = receipt[1];
    RequestPostProcessor clerk = accounts.as("500101", "CLERK");
    long released = upload(tn, clerk, "处理情况.pdf", Documents.letterPdf(document()));
    long draft = upload(tn, clerk, "草稿.pdf", latinPdf());
    mvc.perform(post("/admin/requests/" + tn + "/releases/" + released + "/release").with(csrf()).with(clerk)
            .param("patterns", "RESIDENT_ID", "MOBILE").param("literals", "张三\n李四"))
        .andExpect(status().is3xxRedirection());

    // before the reply: nothing for the applicant
    mvc.perform(post("/requests/track").with(csrf()).param("trackingNumber", tn).param("queryCode", code))
        .andExpect(status().isOk()).andExpect(content().string(not(containsString("公开的政府信息"))));
    mvc.perform(post("/requests/track/release").with(csrf()).param("trackingNumber", tn).param("queryCode", code)
        .param("id", String.valueOf(released))).andExpect(status().isNotFound());

    reply(tn, clerk);
    mvc.perform(post("/requests/track").with(csrf()).param("trackingNumber", tn).param("queryCode", code))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("公开的政府信息")))
        .andExpect(content().string(containsString("处理情况-公开版.pdf")))
        .andExpect(content().string(not(containsString("草稿"))));
    byte[] file = mvc.perform(post("/requests/track/release").with(csrf()).param("trackingNumber", tn).param("queryCode", code)
            .param("id", String.valueOf(released)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    assertThat(file).isEqualTo(released(tn, released, clerk));
    assertThat(TextExtraction.extract(file).replaceAll("\\s+", "")).doesNotContain(ID, "张三").contains("经现场核查");

    // a wrong or missing query code, a draft never produced, another request's file: nothing, and the same answer
    String wrong = mvc.perform(post("/requests/track/release").with(csrf()).param("trackingNumber", tn).param("queryCode", "WRONGCODE1")
            .param("id", String.valueOf(released)))
        .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
    assertThat(wrong).doesNotContain("经现场核查").doesNotContain("公开版");
    mvc.perform(post("/requests/track/release").with(csrf()).param("trackingNumber", tn).param("id", String.valueOf(released)))
        .andExpect(status().isNotFound());
    mvc.perform(post("/requests/track/release").with(csrf()).param("trackingNumber", tn).param("queryCode", code)
        .param("id", String.valueOf(draft))).andExpect(status().isNotFound());
    String[] other = newRequest().split(" ");
    mvc.perform(post("/requests/track/release").with(csrf()).param("trackingNumber", other[0]).param("queryCode", other[1])
        .param("id", String.valueOf(released))).andExpect(status().isNotFound());
    // no GET route hands out files to the public
    mvc.perform(get("/requests/track/release").param("trackingNumber", tn).param("queryCode", code).param("id", String.valueOf(released)))
        .andExpect(status().is4xxClientError());
  }

  @Test
  void releasesAreFrozenOnceTheRequestIsAnswered() throws Exception {
    String tn = newRequest().split(" ")[0];
    RequestPostProcessor clerk = accounts.as("500101", "CLERK");
    long id = upload(tn, clerk, "a.pdf", latinPdf());
    reply(tn, clerk);
    String base = "/admin/requests/" + tn + "/releases";
    long before = count("request_release");
    mvc.perform(multipart(base).file(new MockMultipartFile("file", "x.pdf", "application/pdf", latinPdf())).with(csrf()).with(clerk))
        .andExpect(status().isConflict()).andExpect(content().string(containsString("当前状态为“已答复”")));
    mvc.perform(post(base + "/" + id + "/release").with(csrf()).with(clerk).param("literals", "secret"))
        .andExpect(status().isConflict()).andExpect(content().string(containsString("已冻结")));
    mvc.perform(post(base + "/" + id + "/delete").with(csrf()).with(clerk)).andExpect(status().isConflict());
    assertThat(count("request_release")).isEqualTo(before);
    assertThat(count("request_release where id = " + id + " and released is null")).isEqualTo(1);
    // the database refuses too
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            jdbc.sql("delete from request_release where id = :id").param("id", id).update())
        .hasMessageContaining("frozen");
    mvc.perform(get("/admin/requests/" + tn).with(clerk)).andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"release-file\""))));
  }
}
