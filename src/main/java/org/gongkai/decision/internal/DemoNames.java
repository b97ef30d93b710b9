package org.gongkai.decision.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.gongkai.agency.Agency;
import org.gongkai.decision.PowerItemKind;
import org.gongkai.document.CreditCodes;
import org.gongkai.document.IdNumbers;

/** Realistic names for demo list items and decisions (also used by the benchmark's generator). */
public final class DemoNames {

  /** The columns of generated decision rows. */
  public static final String[] HEADER = {
    "机构代码", "决定类别", "决定文书号", "决定日期", "相对人名称", "相对人类别", "证件号码", "决定内容", "依据", "相对人地址"
  };

  private static final String[][] LICENSING = {
    {"食品经营许可", "《中华人民共和国食品安全法》第三十五条"},
    {"建设工程规划许可证核发", "《中华人民共和国城乡规划法》第四十条"},
    {"建筑工程施工许可证核发", "《中华人民共和国建筑法》第七条"},
    {"排污许可证核发", "《排污许可管理条例》第三条"},
    {"取水许可", "《中华人民共和国水法》第四十八条"},
    {"道路运输经营许可", "《中华人民共和国道路运输条例》第八条"},
    {"药品零售企业经营许可", "《中华人民共和国药品管理法》第五十一条"},
    {"公共场所卫生许可", "《公共场所卫生管理条例》第八条"},
    {"医疗机构执业登记", "《医疗机构管理条例》第十五条"},
    {"民办学校设立审批", "《中华人民共和国民办教育促进法》第十二条"},
    {"人力资源服务许可", "《人力资源市场暂行条例》第十八条"},
    {"林木采伐许可证核发", "《中华人民共和国森林法》第五十六条"},
    {"烟花爆竹经营（零售）许可", "《烟花爆竹安全管理条例》第十九条"},
    {"城镇污水排入排水管网许可", "《城镇排水与污水处理条例》第二十一条"},
    {"户外广告设施设置许可", "《重庆市市容环境卫生管理条例》第二十三条"},
  };
  private static final String[][] PENALTY = {
    {"对未取得食品经营许可从事食品经营活动的处罚", "《中华人民共和国食品安全法》第一百二十二条"},
    {"对超过排放标准排放大气污染物的处罚", "《中华人民共和国大气污染防治法》第九十九条"},
    {"对未取得施工许可证擅自施工的处罚", "《建设工程质量管理条例》第五十七条"},
    {"对销售不符合安全标准产品的处罚", "《中华人民共和国产品质量法》第四十九条"},
    {"对违反道路运输管理规定的处罚", "《中华人民共和国道路运输条例》第六十三条"},
    {"对未按规定公示价格的处罚", "《中华人民共和国价格法》第四十二条"},
    {"对非法占用林地的处罚", "《中华人民共和国森林法》第七十三条"},
    {"对违反安全生产管理规定的处罚", "《中华人民共和国安全生产法》第九十七条"},
    {"对发布虚假广告的处罚", "《中华人民共和国广告法》第五十五条"},
    {"对擅自占用城市道路的处罚", "《城市道路管理条例》第四十二条"},
  };
  private static final String[][] COERCION = {
    {"查封、扣押不符合安全标准的食品", "《中华人民共和国食品安全法》第一百一十条"},
    {"查封造成严重污染的设施设备", "《中华人民共和国环境保护法》第二十五条"},
    {"扣押非法运输的车辆", "《中华人民共和国道路运输条例》第六十一条"},
    {"强制拆除违法建设", "《中华人民共和国城乡规划法》第六十八条"},
    {"加处罚款", "《中华人民共和国行政强制法》第四十五条"},
  };
  private static final String[][] OTHER = {
    {"企业投资项目备案", "《企业投资项目核准和备案管理条例》第三条"},
    {"社会保险登记", "《中华人民共和国社会保险法》第五十七条"},
    {"居住证办理", "《居住证暂行条例》第二条"},
    {"残疾人证办理", "《中华人民共和国残疾人保障法》第二条"},
    {"最低生活保障审核", "《社会救助暂行办法》第十一条"},
    {"农村宅基地使用审查", "《中华人民共和国土地管理法》第六十二条"},
  };
  private static final String[][] FEE = {
    {"不动产登记费", "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》"},
    {"考试考务费", "《重庆市物价局 重庆市财政局关于考试考务费收费标准的通知》"},
    {"污水处理费", "《污水处理费征收使用管理办法》"},
    {"证照工本费", "《重庆市行政事业性收费目录清单》"},
  };
  private static final String[] VARIANTS = {"", "（变更）", "（延续）", "（注销）", "（补证）", "（新设）", "（迁移）", "（分立合并）"};
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "谭", "冉", "向", "秦"};
  private static final String[] GIVEN = {"建国", "晓燕", "志强", "丽华", "明", "红梅", "海波", "玉兰", "春林", "静", "德明", "小军", "雪梅", "宏伟"};
  private static final String[] TRADES = {"商贸", "餐饮管理", "建筑工程", "物流", "食品", "汽车维修", "医药连锁", "环保科技", "农业开发", "装饰工程"};
  private static final String[] PLACES = {"渝州", "巴渝", "两江", "嘉陵", "长江", "缙云", "歌乐", "南山", "三峡", "武陵"};
  private static final String[] STREETS = {"人民路", "解放路", "滨江路", "新华路", "中山路", "建设路"};

  private DemoNames() {}

  private static String[][] pool(PowerItemKind kind) {
    return switch (kind) {
      case LICENSING -> LICENSING;
      case PENALTY -> PENALTY;
      case COERCION -> COERCION;
      case FEE -> FEE;
      default -> OTHER;
    };
  }

  /** The i-th item of a kind in an agency's list: name and legal basis. */
  static String[] item(PowerItemKind kind, String agencyCode, int i) {
    String[][] pool = pool(kind);
    int start = Math.floorMod(agencyCode.hashCode(), pool.length);
    String[] base = pool[(start + i) % pool.length];
    String variant = VARIANTS[(i / pool.length) % VARIANTS.length];
    String suffix = i / (pool.length * VARIANTS.length) > 0 ? "（" + (i / (pool.length * VARIANTS.length) + 1) + "）" : "";
    return new String[] {base[0] + variant + suffix, base[1]};
  }

  static String itemCode(PowerItemKind kind, String agencyCode, int i) {
    String prefix = switch (kind) {
      case LICENSING -> "XK";
      case PENALTY -> "CF";
      case COERCION -> "QZ";
      case FEE -> "SF";
      case OTHER_MANAGEMENT_SERVICE -> "QT";
      default -> "GG";
    };
    return prefix + "-" + agencyCode + "-" + String.format("%04d", i + 1);
  }

  /** A decision row in the order of {@link #HEADER}; natural persons for about a third. */
  public static String[] decision(Agency agency, PowerItemKind kind, LocalDate date, int n, Random random) {
    return decision(agency.code(), agency.displayName(), kind, date, n, random);
  }

  public static String[] decision(String agencyCode, String shortName, PowerItemKind kind, LocalDate date, int n, Random random) {
    String region = agencyCode.substring(0, 6);
    String word = switch (kind) {
      case LICENSING -> "许";
      case PENALTY -> "罚";
      case COERCION -> "强";
      default -> "服";
    };
    String abbr = shortName.length() >= 2 ? shortName.substring(0, 2) : "渝";
    String number = "渝" + abbr + word + "〔" + date.getYear() + "〕" + n + "号";
    boolean person = random.nextInt(3) == 0;
    String name;
    String id;
    String address = null;
    String phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    if (person) {
      name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
      String first17 = region + String.format("%04d%02d%02d", 1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28))
          + String.format("%03d", random.nextInt(1000));
      id = first17 + IdNumbers.checkCharacter(first17);
      address = "重庆市" + STREETS[random.nextInt(STREETS.length)] + (1 + random.nextInt(300)) + "号" + (1 + random.nextInt(30)) + "-" + (1 + random.nextInt(8));
    } else {
      name = "重庆" + PLACES[random.nextInt(PLACES.length)] + TRADES[random.nextInt(TRADES.length)] + "有限公司";
      String first17 = "91" + region + String.format("%09d", random.nextInt(1_000_000_000));
      first17 = first17.substring(0, 17);
      id = first17 + CreditCodes.checkCharacter(first17);
    }
    String[] item = pool(kind)[random.nextInt(pool(kind).length)];
    String summary = switch (kind) {
      case LICENSING -> "准予" + name + "办理" + item[0] + "，有效期五年。";
      case PENALTY -> "当事人" + name + (person ? "（住址：" + address + "，联系电话 " + phone + "）" : "") + "存在" + item[0].replace("对", "").replace("的处罚", "")
          + "的违法行为，决定给予警告，并处罚款人民币" + (1 + random.nextInt(50)) * 1000 + "元。";
      case COERCION -> "依法对" + name + "采取" + item[0] + "措施，期限三十日。";
      default -> "为" + name + "办理" + item[0] + "。";
    };
    return new String[] {
      agencyCode, kind.label(), number, date.toString(), name, person ? "自然人" : "法人及非法人组织", id, summary, item[1],
      address == null ? "" : address
    };
  }
}
