package org.gongkai.bench;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Builds a city-scale catalog for benchmarks (not the demo): N published items (default 1,000,000)
 * spread over the agencies already in the database, streamed into {@code catalog_item} with
 * PostgreSQL {@code COPY}. Deterministic for a given seed.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.gongkai.bench.CatalogDataGenerator \
 *     jdbc:postgresql://localhost:5432/postgres postgres secret 1000000
 * </pre>
 *
 * After loading, rebuild the search index with the search module's command.
 */
public final class CatalogDataGenerator {

  private static final String[] TOPICS = {
    "城市道路桥梁管理", "生活垃圾分类", "农村集体资产管理", "住房公积金提取", "中小企业发展专项资金", "科技创新券",
    "优化营商环境", "政府投资项目", "公共资源交易", "地方金融监督", "建设用地使用权出让", "历史文化名城保护",
    "长江流域水生态保护", "大气污染防治", "土壤污染防治", "养老服务体系", "医疗保障基金", "学前教育", "义务教育招生入学",
    "就业创业扶持", "高校毕业生就业", "农民工工资支付", "安全生产责任制", "消防安全", "食品安全信用", "药品零售监管",
    "文物保护利用", "全民健身", "旅游市场秩序", "物业管理", "老旧小区改造", "城市管理综合执法", "政务数据资源",
    "行政执法公示", "重大行政决策", "社会救助", "残疾人两项补贴", "退役军人就业", "高标准农田", "乡村振兴", "河长制",
    "成渝地区双城经济圈", "西部陆海新通道", "数字经济", "智能网联汽车", "新型基础设施", "招商引资", "跨境电子商务",
    "预算绩效管理", "政府采购", "国有资产管理", "疫情防控", "妇女儿童发展", "征兵工作"
  };
  private static final String[][] GENRES = {
    {"NORMATIVE", "NORMATIVE_DOCUMENT", "REGULATIONS"}, {"NOTICE", "OTHER", "INSPECTIONS"}, {"NEWS", "OTHER", "OTHER"},
    {"NEWS", "OTHER", "OTHER"}, {"PLAN", "OTHER", "PLANS"}, {"STATISTICS", "OTHER", "STATISTICS"},
    {"FINANCE", "OTHER", "BUDGETS"}, {"PERSONNEL", "OTHER", "CIVIL_SERVICE"}, {"EMERGENCY", "OTHER", "EMERGENCIES"},
    {"OTHER_DOC", "OTHER", "SOCIAL_POLICY"}
  };

  private CatalogDataGenerator() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("用法: CatalogDataGenerator <jdbcUrl> [user] [password] [items=1000000] [seed=42]");
      System.exit(2);
    }
    String url = args[0];
    String user = args.length > 1 ? args[1] : "postgres";
    String password = args.length > 2 ? args[2] : "";
    long n = args.length > 3 ? Long.parseLong(args[3]) : 1_000_000L;
    long seed = args.length > 4 ? Long.parseLong(args[4]) : 42L;
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      long started = System.nanoTime();
      List<String[]> agencies = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
          "select code, path, name, coalesce(organisation_code, '') from agency order by path")) {
        while (rs.next()) {
          agencies.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), orgCode(rs.getString(4), rs.getString(1))});
        }
      }
      if (agencies.isEmpty()) {
        throw new IllegalStateException("数据库中没有机构：请先启动一次应用（载入演示机构）");
      }
      Map<String, Integer> serials = new HashMap<>();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select organisation_code, year, last_serial from catalog_index_serial")) {
        while (rs.next()) {
          serials.put(rs.getString(1) + "/" + rs.getInt(2), rs.getInt(3));
        }
      }
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      long rows = copy.copyIn(
          "copy catalog_item (agency_code, agency_path, index_number, title, document_number, document_number_key, written_on,"
              + " published_on, published_at, subject_code, genre_code, kind, category, body, body_text, state, validity,"
              + " created_by, source_id) from stdin",
          new Rows(agencies, serials, n, seed));
      try (PreparedStatement ps = c.prepareStatement(
          "insert into catalog_index_serial (organisation_code, year, last_serial) values (?, ?, ?)"
              + " on conflict (organisation_code, year) do update set last_serial = greatest(catalog_index_serial.last_serial, excluded.last_serial)")) {
        for (Map.Entry<String, Integer> e : serials.entrySet()) {
          String[] k = e.getKey().split("/");
          ps.setString(1, k[0]);
          ps.setInt(2, Integer.parseInt(k[1]));
          ps.setInt(3, e.getValue());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (Statement s = c.createStatement()) {
        s.execute("analyze catalog_item");
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf("已写入 %,d 条政府信息，用时 %.1f 秒（%,.0f 条/秒）%n", rows, seconds, rows / seconds);
    }
  }

  static String orgCode(String code, String agency) {
    String c = code.strip().toUpperCase().replace("-", "");
    if (c.length() == 18) {
      c = c.substring(8, 17);
    }
    return c.matches("[0-9A-Z]{9}") ? c : String.format("%09d", Math.abs(agency.hashCode()) % 1_000_000_000);
  }

  /** Generates the COPY text lazily, row by row. */
  static final class Rows extends Reader {
    private final List<String[]> agencies;
    private final Map<String, Integer> serials;
    private final long total;
    private final SplittableRandom random;
    private final long seed;
    private final StringBuilder buffer = new StringBuilder(8192);
    private int pos;
    private long made;

    Rows(List<String[]> agencies, Map<String, Integer> serials, long total, long seed) {
      this.agencies = agencies;
      this.serials = serials;
      this.total = total;
      this.random = new SplittableRandom(seed);
      this.seed = seed;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      if (pos >= buffer.length()) {
        buffer.setLength(0);
        pos = 0;
        for (int i = 0; i < 64 && made < total; i++) {
          row();
        }
        if (buffer.length() == 0) {
          return -1;
        }
      }
      int k = Math.min(len, buffer.length() - pos);
      buffer.getChars(pos, pos + k, cbuf, off);
      pos += k;
      return k;
    }

    private void row() {
      made++;
      String[] a = agencies.get(random.nextInt(agencies.size()));
      String[] g = GENRES[random.nextInt(GENRES.length)];
      String topic = TOPICS[random.nextInt(TOPICS.length)];
      int year = 2015 + random.nextInt(11);
      LocalDate written = LocalDate.of(year, 1, 1).plusDays(random.nextInt(350));
      LocalDate published = written.plusDays(1 + random.nextInt(14));
      String key = a[3] + "/" + published.getYear();
      int serial = serials.merge(key, 1, Integer::sum);
      if (serial > 99_999) {
        serials.put(key, 99_999);
        made--;
        return; // this agency's year is full; draw again
      }
      String index = a[3] + "/" + published.getYear() + "-" + String.format("%05d", serial);
      String title = switch (g[0]) {
        case "NORMATIVE" -> a[2] + "关于印发" + topic + "管理办法的通知";
        case "NOTICE" -> a[2] + "关于开展" + year + "年" + topic + "专项检查的通告";
        case "NEWS" -> a[2] + "召开" + topic + "工作推进会";
        case "PLAN" -> a[2] + year + "年" + topic + "工作要点";
        case "STATISTICS" -> a[2] + year + "年" + written.getMonthValue() + "月主要统计数据";
        case "FINANCE" -> a[2] + year + "年部门预算公开";
        case "PERSONNEL" -> a[2] + year + "年公开招聘工作人员拟聘用人员公示";
        case "EMERGENCY" -> a[2] + topic + "突发事件应急预案";
        default -> a[2] + "关于做好" + year + "年" + topic + "工作的通知";
      };
      String docNo = "NORMATIVE".equals(g[0]) ? "渝" + (made % 97) + "发〔" + year + "〕" + (1 + random.nextInt(300)) + "号" : null;
      String text = "为做好" + topic + "工作，根据有关法律法规和政策规定，结合实际，现将有关事项通知如下。一、总体要求。坚持依法行政，"
          + "稳步推进" + topic + "相关工作。二、主要任务。明确责任分工，完善工作机制，加强督促检查。三、保障措施。各单位要加强组织领导，"
          + "强化宣传引导，及时报送" + topic + "工作进展情况。";
      String subject = String.format("S%02d", 1 + random.nextInt(20));
      append(a[0]).append('\t').append(a[1]).append('\t').append(index).append('\t').append(esc(title)).append('\t')
          .append(docNo == null ? "\\N" : docNo).append('\t').append(docNo == null ? "\\N" : docNo).append('\t')
          .append(written).append('\t').append(published).append('\t').append(published).append(" 09:30:00+08").append('\t')
          .append(subject).append('\t').append(g[0]).append('\t').append(g[1]).append('\t').append(g[2]).append('\t')
          .append("<p>").append(text).append("</p>").append('\t').append(text).append('\t').append("PUBLISHED").append('\t')
          .append("NORMATIVE_DOCUMENT".equals(g[1]) ? "IN_FORCE" : "\\N").append('\t').append("bench").append('\t')
          .append("bench-").append(seed).append('-').append(made).append('\n');
    }

    private StringBuilder append(String s) {
      return buffer.append(s);
    }

    private static String esc(String s) {
      return s.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ");
    }

    @Override
    public void close() throws IOException {}
  }
}
