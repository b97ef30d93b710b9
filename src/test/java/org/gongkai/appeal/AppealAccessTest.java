package org.gongkai.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who may see and work which record, however the address is written. */
@GongkaiTest
class AppealAccessTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  private static final String CASE_JSON = """
      {"kind":"LITIGATION","route":"DIRECT","agencyCode":"%s","applicantName":"%s","receivedOn":"2025-02-03",
       "decidingBody":"重庆市涪陵区人民法院","result":"PENDING","version":0}""";

  private int caseOf(String agency, String applicant) throws Exception {
    String body = mvc.perform(post("/api/v1/admin/appeals/cases").with(accounts.as(agency, "CLERK")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(CASE_JSON.formatted(agency, applicant)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  @Test
  void aClerkOfOneDistrictGets403OnAnotherDistrictsCaseHoweverTheAddressIsWritten() throws Exception {
    int id = caseOf("500102", "涪陵原告甲");
    RequestPostProcessor other = accounts.as("500101", "CLERK");
    String[] pages = {"/admin/appeals/" + id, "/admin/appeals/00" + id, "/admin/appeals/" + id + "/edit",
        "/api/v1/admin/appeals/cases/" + id, "/api/v1/admin/appeals/cases/0" + id,
        "/admin/appeals?agency=500102", "/admin/appeals/export?agency=500102", "/admin/appeals?agency=500102B01",
        "/api/v1/admin/appeals/cases?agency=500102", "/admin/appeals/complaints?agency=500102"};
    for (String url : pages) {
      mvc.perform(get(url).with(other)).andExpect(status().isForbidden());
    }
    mvc.perform(post("/admin/appeals/" + id + "/edit").with(other).with(csrf())
            .param("kind", "LITIGATION").param("route", "DIRECT").param("agencyCode", "500101").param("version", "0"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/admin/appeals/" + id + "/decide").with(other).with(csrf()).param("result", "UPHELD").param("decidedOn", "2025-05-01"))
        .andExpect(status().isForbidden());
    mvc.perform(put("/api/v1/admin/appeals/cases/" + id).with(other).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(CASE_JSON.formatted("500101", "改名")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/admin/appeals/cases/" + id + "/decision").with(other).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"result\":\"UPHELD\",\"decidedOn\":\"2025-05-01\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/appeals/" + id + "/").with(other))
        .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
    // nor can it register a case against another district
    long before = jdbc.sql("select count(*) from appeal_case").query(Long.class).single();
    mvc.perform(post("/api/v1/admin/appeals/cases").with(other).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(CASE_JSON.formatted("500102", "越权登记")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/admin/appeals/new").with(other).with(csrf()).param("kind", "RECONSIDERATION").param("agencyCode", "500102")
            .param("applicantName", "越权登记").param("receivedOn", "2025-01-02").param("decidingBody", "重庆市人民政府").param("result", "PENDING"))
        .andExpect(status().isForbidden());
    assertThat(jdbc.sql("select count(*) from appeal_case").query(Long.class).single()).isEqualTo(before);
    // its own list does not show the other district's case
    mvc.perform(get("/admin/appeals").with(other))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("涪陵原告甲"))));
    String json = mvc.perform(get("/api/v1/admin/appeals/cases").param("size", "200").with(other))
        .andReturn().getResponse().getContentAsString();
    assertThat(JsonPath.<java.util.List<String>>read(json, "$.items[*].agencyCode")).containsOnly("500101");
  }

  @Test
  void reviewersReadOnlySupervisorsReachTheirSubtreeAndDepartmentsDoNotSeeTheirGovernmentsCases() throws Exception {
    int id = caseOf("500102", "涪陵原告乙");
    mvc.perform(get("/admin/appeals/" + id).with(accounts.as("500102", "REVIEWER")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/edit\""))));
    mvc.perform(get("/admin/appeals/" + id + "/edit").with(accounts.as("500102", "REVIEWER"))).andExpect(status().isForbidden());
    mvc.perform(get("/admin/appeals/" + id).with(accounts.as("500000", "SUPERVISOR"))).andExpect(status().isOk());
    mvc.perform(get("/admin/appeals/" + id + "/edit").with(accounts.as("500000", "SUPERVISOR"))).andExpect(status().isOk());
    mvc.perform(get("/admin/appeals/" + id).with(accounts.as("500101", "SUPERVISOR"))).andExpect(status().isForbidden());
    mvc.perform(get("/admin/appeals/" + id).with(accounts.as("500102B01", "CLERK"))).andExpect(status().isForbidden());
    mvc.perform(get("/admin/appeals/" + id)).andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401, 403));
    mvc.perform(get("/api/v1/admin/appeals/cases/" + id)).andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401, 403));
    mvc.perform(get("/admin/appeals/987654321").with(accounts.as("500000", "ADMIN"))).andExpect(status().isNotFound());
    mvc.perform(get("/admin/appeals/abc").with(accounts.as("500000", "ADMIN"))).andExpect(status().isBadRequest());
  }

  @Test
  void complaintsAreWorkedByTheSupervisorsStaffNotByTheAgencyComplainedAbout() throws Exception {
    String body = mvc.perform(post("/api/v1/admin/appeals/complaints").with(accounts.as("500102", "CLERK")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"agencyCode":"500102B01","complainantName":"投诉人丙","channel":"LETTER","receivedOn":"2025-03-03","content":"指南未更新"}"""))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    int id = JsonPath.read(body, "$.id");
    assertThat(JsonPath.<String>read(body, "$.supervisorCode")).isEqualTo("500102");
    RequestPostProcessor department = accounts.as("500102B01", "CLERK");
    RequestPostProcessor otherDistrict = accounts.as("500101", "CLERK");
    for (RequestPostProcessor who : new RequestPostProcessor[] {department, otherDistrict}) {
      mvc.perform(get("/admin/appeals/complaints/" + id).with(who)).andExpect(status().isForbidden());
      mvc.perform(get("/api/v1/admin/appeals/complaints/" + id).with(who)).andExpect(status().isForbidden());
      mvc.perform(post("/admin/appeals/complaints/" + id + "/investigate").with(who).with(csrf()).param("startedOn", "2025-03-04"))
          .andExpect(status().isForbidden());
    }
    mvc.perform(post("/api/v1/admin/appeals/complaints").with(department).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"agencyCode":"500102B02","complainantName":"越权","channel":"LETTER","receivedOn":"2025-03-03","content":"x"}"""))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/appeals/complaints/" + id).with(accounts.as("500000", "SUPERVISOR"))).andExpect(status().isOk());
    mvc.perform(get("/admin/appeals/complaints/" + id).with(accounts.as("500102", "REVIEWER"))).andExpect(status().isOk());
    mvc.perform(post("/admin/appeals/complaints/" + id + "/investigate").with(accounts.as("500102", "REVIEWER")).with(csrf())
            .param("startedOn", "2025-03-04"))
        .andExpect(status().isForbidden());
    // complaints about a district government go to the municipal government
    mvc.perform(post("/api/v1/admin/appeals/complaints").with(accounts.as("500102", "CLERK")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"agencyCode":"500102","complainantName":"投诉人丁","channel":"LETTER","receivedOn":"2025-03-03","content":"x"}"""))
        .andExpect(status().isForbidden());
  }
}
