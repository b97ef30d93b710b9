package org.gongkai.agency;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.GongkaiTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@GongkaiTest
class AgencyApiTests {

  @Autowired MockMvc mvc;

  @Test
  void listsTheWholeTreeWithCodeNameParentKindAndLevel() throws Exception {
    mvc.perform(get("/api/v1/agencies"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(Matchers.greaterThanOrEqualTo(459)))
        .andExpect(jsonPath("$[0].code").value("500000"))
        .andExpect(jsonPath("$[0].name").value("重庆市人民政府"))
        .andExpect(jsonPath("$[0].parentCode").value(Matchers.nullValue()))
        .andExpect(jsonPath("$[0].kind").value("GOVERNMENT"))
        .andExpect(jsonPath("$[0].level").value("MUNICIPAL"))
        .andExpect(jsonPath("$[?(@.code == '500101')].name").value("重庆市万州区人民政府"))
        .andExpect(jsonPath("$[?(@.code == '500101')].parentCode").value("500000"))
        .andExpect(jsonPath("$[?(@.code == '500101')].level").value("DISTRICT"));
  }

  @Test
  void theDemoTreeHasTheFortyOneDistrictsAndCountiesOfTheSeed() throws Exception {
    mvc.perform(get("/api/v1/agencies"))
        .andExpect(jsonPath("$[?(@.parentCode == '500000' && @.kind == 'GOVERNMENT')]", Matchers.hasSize(41)))
        .andExpect(jsonPath("$[?(@.parentCode == '500000' && @.kind == 'DEPARTMENT')]", Matchers.hasSize(Matchers.greaterThanOrEqualTo(40))))
        .andExpect(jsonPath("$[?(@.name == '重庆两江新区管理委员会')]", Matchers.hasSize(1)))
        .andExpect(jsonPath("$[?(@.name == '重庆市卫生健康委员会')]", Matchers.hasSize(1)))
        .andExpect(jsonPath("$[?(@.kind == 'TOWNSHIP')]", Matchers.hasSize(Matchers.greaterThanOrEqualTo(41 * 3))));
  }

  @Test
  void theListCarriesAnETagAndAnswers304WhenNothingChanged() throws Exception {
    String etag = mvc.perform(get("/api/v1/agencies")).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
    org.assertj.core.api.Assertions.assertThat(etag).isNotBlank();
    mvc.perform(get("/api/v1/agencies").header("If-None-Match", etag)).andExpect(status().isNotModified());
  }

  @Test
  void oneAgencyComesWithItsContactsAndItsDisclosureOffice() throws Exception {
    mvc.perform(get("/api/v1/agencies/500000B03"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("500000B03"))
        .andExpect(jsonPath("$.phone").isNotEmpty())
        .andExpect(jsonPath("$.address").isNotEmpty())
        .andExpect(jsonPath("$.disclosureOffice.name").isNotEmpty())
        .andExpect(jsonPath("$.disclosureOffice.phone").isNotEmpty());
  }

  @Test
  void anUnknownCodeIsAJson404InChinese() throws Exception {
    mvc.perform(get("/api/v1/agencies/999999"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.message").value(Matchers.containsString("未找到")))
        .andExpect(jsonPath("$.errors").isArray());
    mvc.perform(get("/api/v1/agencies/<script>"))
        .andExpect(status().is4xxClientError());
  }

  @Test
  void theApiIsDescribedByOpenApi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/agencies']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/agencies/{code}']").exists());
    mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
  }

  @Test
  void healthIsUpWhenTheDatabaseAnswersAndMetricsAreExposed() throws Exception {
    mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
  }
}
