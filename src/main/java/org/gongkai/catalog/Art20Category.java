package org.gongkai.catalog;

/** The 15 kinds of information that 条例第二十条 requires to be published proactively. */
public enum Art20Category {
  /** (一) 行政法规、规章和规范性文件. */
  REGULATIONS(1, "行政法规、规章和规范性文件"),
  /** (二) 机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名. */
  ORGANISATION(2, "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名"),
  /** (三) 国民经济和社会发展规划、专项规划、区域规划及相关政策. */
  PLANS(3, "国民经济和社会发展规划、专项规划、区域规划及相关政策"),
  /** (四) 国民经济和社会发展统计信息. */
  STATISTICS(4, "国民经济和社会发展统计信息"),
  /** (五) 行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果. */
  LICENSING(5, "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果"),
  /** (六) 行政处罚、行政强制的依据、条件、程序以及有一定社会影响的处罚决定. */
  PENALTIES(6, "实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定"),
  /** (七) 财政预算、决算信息. */
  BUDGETS(7, "财政预算、决算信息"),
  /** (八) 行政事业性收费项目及其依据、标准. */
  FEES(8, "行政事业性收费项目及其依据、标准"),
  /** (九) 政府集中采购项目的目录、标准及实施情况. */
  PROCUREMENT(9, "政府集中采购项目的目录、标准及实施情况"),
  /** (十) 重大建设项目的批准和实施情况. */
  MAJOR_PROJECTS(10, "重大建设项目的批准和实施情况"),
  /** (十一) 扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况. */
  SOCIAL_POLICY(11, "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况"),
  /** (十二) 突发公共事件的应急预案、预警信息及应对情况. */
  EMERGENCIES(12, "突发公共事件的应急预案、预警信息及应对情况"),
  /** (十三) 环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况. */
  INSPECTIONS(13, "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况"),
  /** (十四) 公务员招考的职位、名额、报考条件等事项以及录用结果. */
  CIVIL_SERVICE(14, "公务员招考的职位、名额、报考条件等事项以及录用结果"),
  /** (十五) 法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息. */
  OTHER(15, "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息");

  private static final String[] NUMERALS = {
    "", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"
  };

  private final int item;
  private final String label;

  Art20Category(int item, String label) {
    this.item = item;
    this.label = label;
  }

  /** The number of the item in Art. 20 (1–15). */
  public int item() {
    return item;
  }

  public String label() {
    return label;
  }

  /** "第二十条第（一）项". */
  public String reference() {
    return "第二十条第（" + NUMERALS[item] + "）项";
  }

  /** A short label for menus. */
  public String shortLabel() {
    return "（" + NUMERALS[item] + "）" + (label.length() > 22 ? label.substring(0, 22) + "…" : label);
  }

  public String key() {
    return name();
  }

  /** The category of a key, or null. */
  public static Art20Category fromKey(String key) {
    if (key == null) {
      return null;
    }
    for (Art20Category c : values()) {
      if (c.name().equalsIgnoreCase(key.strip()) || c.label.equals(key.strip()) || String.valueOf(c.item).equals(key.strip())) {
        return c;
      }
    }
    return null;
  }
}
