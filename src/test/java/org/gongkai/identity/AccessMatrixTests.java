package org.gongkai.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may see which agency's back-office pages and API: administrators everything, a supervisor of
 * a district its district's subtree, a clerk only its own agency — however the URL is written.
 */
@GongkaiTest
class AccessMatrixTests {

  // 万州区 (500101) with a department 500101B01 and a township 500101001; 黔江区 is 500114
  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;

  @Test
  void anAdministratorSeesEveryAgency() throws Exception {
    RequestPostProcessor admin = accounts.as("500000", "ADMIN");
    for (String code : new String[] {"500000", "500101", "500114B01", "500101001"}) {
      mvc.perform(get("/admin/agencies/" + code).with(admin)).andExpect(status().isOk());
      mvc.perform(get("/admin/agencies/" + code + "/edit").with(admin)).andExpect(status().isOk());
      mvc.perform(get("/api/v1/admin/agencies/" + code + "/accounts").with(admin)).andExpect(status().isOk());
    }
    mvc.perform(get("/admin/audit").with(admin)).andExpect(status().isOk());
  }

  @Test
  void aDistrictSupervisorSeesItsWholeDistrictAndNothingElse() throws Exception {
    RequestPostProcessor supervisor = accounts.as("500101", "SUPERVISOR");
    for (String own : new String[] {"500101", "500101B01", "500101001"}) {
      mvc.perform(get("/admin/agencies/" + own).with(supervisor)).andExpect(status().isOk());
      mvc.perform(get("/api/v1/admin/agencies/" + own + "/accounts").with(supervisor)).andExpect(status().isOk());
    }
    for (String other : new String[] {"500114", "500114B01", "500000", "500000B02"}) {
      mvc.perform(get("/admin/agencies/" + other).with(supervisor)).andExpect(status().isForbidden());
      mvc.perform(get("/admin/agencies/" + other + "/edit").with(supervisor)).andExpect(status().isForbidden());
      mvc.perform(get("/api/v1/admin/agencies/" + other + "/accounts").with(supervisor))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.status").value(403))
          .andExpect(jsonPath("$.message").isNotEmpty());
    }
    mvc.perform(get("/admin/audit").with(supervisor)).andExpect(status().isForbidden());
  }

  @Test
  void aClerkOfAnotherDistrictIsRefusedHoweverTheUrlIsWritten() throws Exception {
    RequestPostProcessor clerk = accounts.as("500114", "CLERK");
    mvc.perform(get("/admin/agencies/500114").with(clerk)).andExpect(status().isOk());
    mvc.perform(get("/admin/agencies/500101").with(clerk)).andExpect(status().isForbidden());
    mvc.perform(get("/admin/agencies/500101/edit").with(clerk)).andExpect(status().isForbidden());
    mvc.perform(get("/admin/agencies/{code}", "500101").with(clerk)).andExpect(status().isForbidden());
    mvc.perform(get("/admin//agencies/500101").with(clerk)).andExpect(status().is4xxClientError());
    mvc.perform(get("/admin/agencies/500101;x=1").with(clerk)).andExpect(status().is4xxClientError());
    mvc.perform(get("/api/v1/admin/agencies/500101/accounts").with(clerk)).andExpect(status().isForbidden());
    mvc.perform(get("/API/v1/admin/agencies/500101/accounts").with(clerk)).andExpect(status().is4xxClientError());
    mvc.perform(post("/admin/agencies/500101/edit").with(clerk).with(csrf()).param("name", "被改掉的名字").param("version", "0"))
        .andExpect(status().isForbidden());
    // even its own district's departments are out of reach for a clerk
    mvc.perform(get("/admin/agencies/500114B01").with(clerk)).andExpect(status().isForbidden());
  }

  @Test
  void reviewersReadTheirAgencyButMayNotEditIt() throws Exception {
    RequestPostProcessor reviewer = accounts.as("500114", "REVIEWER");
    mvc.perform(get("/admin/agencies/500114").with(reviewer)).andExpect(status().isOk());
    mvc.perform(get("/admin/agencies/500114/edit").with(reviewer)).andExpect(status().isForbidden());
  }

  @Test
  void onlyManagersOfAnAgencyMayCreateItsAccounts() throws Exception {
    RequestPostProcessor clerk = accounts.as("500114", "CLERK");
    mvc.perform(get("/admin/accounts").with(clerk)).andExpect(status().isForbidden());
    RequestPostProcessor supervisor = accounts.as("500101", "SUPERVISOR");
    mvc.perform(post("/admin/accounts/new").with(supervisor).with(csrf())
            .param("username", "intruder1").param("displayName", "越权").param("agencyCode", "500114").param("roles", "CLERK"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/admin/accounts/new").with(supervisor).with(csrf())
            .param("username", "sneaky.admin").param("displayName", "提权").param("agencyCode", "500101").param("roles", "ADMIN"))
        .andExpect(status().isForbidden());
  }
}
