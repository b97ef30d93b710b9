package org.gongkai.agency;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for agencies. */
@Repository
class AgencyRepository {

  private static final String COLUMNS =
      """
      a.id, a.code, a.name, a.short_name, a.kind, a.level, p.code as parent_code, a.path, a.sort_order,
      a.organisation_code, a.functions, a.structure, a.head, a.address, a.office_hours, a.phone, a.fax,
      a.email, a.website, a.office_name, a.office_address, a.office_hours_public, a.office_phone,
      a.office_fax, a.office_email, a.accepts_requests, a.established_on, a.version, a.updated_at""";

  private final JdbcClient jdbc;

  AgencyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Agency> findAll() {
    return jdbc.sql("select " + COLUMNS + " from agency a left join agency p on p.id = a.parent_id order by a.path")
        .query(AgencyRepository::map)
        .list();
  }

  Optional<Agency> findByCode(String code) {
    return jdbc.sql("select " + COLUMNS + " from agency a left join agency p on p.id = a.parent_id where a.code = :code")
        .param("code", code)
        .query(AgencyRepository::map)
        .optional();
  }

  boolean isEmpty() {
    return jdbc.sql("select not exists (select 1 from agency)").query(Boolean.class).single();
  }

  long insert(NewAgency agency, Long parentId, String path) {
    return jdbc.sql(
            """
            insert into agency (code, name, short_name, kind, level, parent_id, path, sort_order, organisation_code,
                functions, structure, head, address, office_hours, phone, fax, email, website,
                office_name, office_address, office_hours_public, office_phone, office_fax, office_email,
                accepts_requests, established_on)
            values (:code, :name, :shortName, :kind, :level, :parentId, :path, :sortOrder, :organisationCode,
                :functions, :structure, :head, :address, :officeHours, :phone, :fax, :email, :website,
                :officeName, :officeAddress, :officeHoursPublic, :officePhone, :officeFax, :officeEmail,
                :acceptsRequests, :establishedOn)
            returning id""")
        .param("code", agency.code())
        .param("name", agency.details().name())
        .param("shortName", agency.details().shortName())
        .param("kind", agency.kind().name())
        .param("level", agency.level().name())
        .param("parentId", parentId)
        .param("path", path)
        .param("sortOrder", agency.sortOrder())
        .params(detailParams(agency.details()))
        .query(Long.class)
        .single();
  }

  /** Updates the details if the version still matches; returns the number of rows changed. */
  int update(String code, int expectedVersion, AgencyDetails details) {
    return jdbc.sql(
            """
            update agency set name = :name, short_name = :shortName, organisation_code = :organisationCode,
                functions = :functions, structure = :structure, head = :head, address = :address,
                office_hours = :officeHours, phone = :phone, fax = :fax, email = :email, website = :website,
                office_name = :officeName, office_address = :officeAddress, office_hours_public = :officeHoursPublic,
                office_phone = :officePhone, office_fax = :officeFax, office_email = :officeEmail,
                accepts_requests = :acceptsRequests, established_on = :establishedOn,
                version = version + 1, updated_at = now()
            where code = :code and version = :version""")
        .param("code", code)
        .param("version", expectedVersion)
        .param("name", details.name())
        .param("shortName", details.shortName())
        .params(detailParams(details))
        .update();
  }

  private static java.util.Map<String, Object> detailParams(AgencyDetails d) {
    DisclosureOffice o = d.disclosureOffice();
    java.util.Map<String, Object> map = new java.util.HashMap<>();
    map.put("organisationCode", d.organisationCode());
    map.put("functions", d.functions());
    map.put("structure", d.structure());
    map.put("head", d.head());
    map.put("address", d.address());
    map.put("officeHours", d.officeHours());
    map.put("phone", d.phone());
    map.put("fax", d.fax());
    map.put("email", d.email());
    map.put("website", d.website());
    map.put("officeName", o.name());
    map.put("officeAddress", o.address());
    map.put("officeHoursPublic", o.hours());
    map.put("officePhone", o.phone());
    map.put("officeFax", o.fax());
    map.put("officeEmail", o.email());
    map.put("acceptsRequests", d.acceptsRequests());
    map.put("establishedOn", d.establishedOn() == null ? null : Date.valueOf(d.establishedOn()));
    return map;
  }

  private static Agency map(ResultSet rs, int row) throws SQLException {
    Date established = rs.getDate("established_on");
    return new Agency(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("short_name"),
        AgencyKind.valueOf(rs.getString("kind")),
        AgencyLevel.valueOf(rs.getString("level")),
        rs.getString("parent_code"),
        rs.getString("path"),
        rs.getInt("sort_order"),
        rs.getString("organisation_code"),
        rs.getString("functions"),
        rs.getString("structure"),
        rs.getString("head"),
        rs.getString("address"),
        rs.getString("office_hours"),
        rs.getString("phone"),
        rs.getString("fax"),
        rs.getString("email"),
        rs.getString("website"),
        new DisclosureOffice(
            rs.getString("office_name"),
            rs.getString("office_address"),
            rs.getString("office_hours_public"),
            rs.getString("office_phone"),
            rs.getString("office_fax"),
            rs.getString("office_email")),
        rs.getBoolean("accepts_requests"),
        established == null ? null : established.toLocalDate(),
        rs.getInt("version"),
        rs.getTimestamp("updated_at").toInstant());
  }
}
