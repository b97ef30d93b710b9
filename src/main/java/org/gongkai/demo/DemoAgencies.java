package org.gongkai.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyKind;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.DisclosureOffice;
import org.gongkai.agency.NewAgency;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads {@code demo/agencies.tsv}: the municipal government, its departments, the 41 districts and
 * counties with some departments and townships each, and completes the contact details.
 */
final class DemoAgencies {

  private static final String OFFICE_HOURS = "工作日 上午9:00—12:00，下午14:00—17:30（法定节假日除外）";

  private DemoAgencies() {}

  static List<NewAgency> load() throws IOException {
    List<NewAgency> agencies = new ArrayList<>();
    ClassPathResource resource = new ClassPathResource("demo/agencies.tsv");
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (header == null || !header.startsWith("code\tparent_code")) {
        throw new IllegalStateException("demo/agencies.tsv has an unexpected header");
      }
      String line;
      int order = 0;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String code = f[0];
        String parent = f[1].isBlank() ? null : f[1];
        AgencyKind kind = AgencyKind.valueOf(f[2]);
        AgencyLevel level = AgencyLevel.valueOf(f[3]);
        String name = f[4];
        String shortName = f[5];
        String phone = f[8];
        DisclosureOffice office =
            new DisclosureOffice(
                officeName(kind, level, name, shortName),
                f[7],
                OFFICE_HOURS,
                phone.substring(0, phone.length() - 1) + (char) ('0' + (phone.charAt(phone.length() - 1) - '0' + 1) % 10),
                phone.substring(0, phone.length() - 2) + "88",
                "gkb" + code.toLowerCase() + "@cq.gov.cn");
        AgencyDetails details =
            new AgencyDetails(
                name,
                shortName,
                organisationCode(code),
                f[9],
                structure(kind),
                f[6],
                f[7],
                OFFICE_HOURS,
                phone,
                phone.substring(0, phone.length() - 2) + "99",
                "ban" + code.toLowerCase() + "@cq.gov.cn",
                null,
                office,
                true,
                null);
        agencies.add(new NewAgency(code, parent, kind, level, order++, details));
      }
    }
    return agencies;
  }

  private static String officeName(AgencyKind kind, AgencyLevel level, String name, String shortName) {
    if (kind == AgencyKind.GOVERNMENT) {
      return level == AgencyLevel.MUNICIPAL ? "重庆市人民政府办公厅（市政务公开办）" : name + "办公室（政务公开科）";
    }
    if (kind == AgencyKind.TOWNSHIP) {
      return shortName + "党政办公室";
    }
    return shortName + "办公室";
  }

  private static String structure(AgencyKind kind) {
    return switch (kind) {
      case GOVERNMENT -> "办公室、发展和改革、教育、公安、财政、人力资源和社会保障、规划和自然资源、生态环境、住房和城乡建设、卫生健康、市场监督管理等工作部门。";
      case DEPARTMENT -> "办公室、政策法规处（科）、规划财务处（科）、业务处（科）、机关党委（人事处）。";
      case TOWNSHIP -> "党政办公室、经济发展办公室、社会事务办公室、平安建设办公室、规划建设管理环保办公室、综合行政执法大队。";
    };
  }

  /** A 9-character 组织机构代码 (GB 11714: eight body characters and a check character). */
  static String organisationCode(String code) {
    long h = Integer.toUnsignedLong(code.hashCode()) % 100_000_000L;
    String body = String.format("%08d", h);
    int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    int c = 11 - sum % 11;
    char check = c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    return body + check;
  }
}
