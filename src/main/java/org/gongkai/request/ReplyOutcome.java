package org.gongkai.request;

import org.gongkai.report.ReportFormat;

/**
 * 办理结果: exactly the outcome rows of section 三 of the annual report, in both formats. The 2019
 * format rolls the three {@code OTHER_*} sub-cases into its single {@code other} row.
 */
public enum ReplyOutcome {
  /** （一）予以公开. */
  GRANTED("granted", "予以公开", Group.GRANTED, "第三十六条第（一）（二）项"),
  /** （二）部分公开（区分处理）. */
  PARTIALLY_GRANTED("partiallyGranted", "部分公开", Group.PARTIALLY_GRANTED, "第三十七条"),
  /** （三）不予公开 1.属于国家秘密. */
  WITHHELD_STATE_SECRET("withheld.stateSecret", "属于国家秘密", Group.WITHHELD, "第十四条"),
  /** （三）不予公开 2.其他法律行政法规禁止公开. */
  WITHHELD_PROHIBITED_BY_LAW("withheld.prohibitedByLaw", "其他法律行政法规禁止公开", Group.WITHHELD, "第十四条"),
  /** （三）不予公开 3.危及“三安全一稳定”. */
  WITHHELD_THREE_SECURITY_ONE_STABILITY("withheld.threeSecurityOneStability", "危及“三安全一稳定”", Group.WITHHELD, "第十四条"),
  /** （三）不予公开 4.保护第三方合法权益. */
  WITHHELD_THIRD_PARTY_RIGHTS("withheld.thirdPartyRights", "保护第三方合法权益", Group.WITHHELD, "第十五条"),
  /** （三）不予公开 5.属于三类内部事务信息. */
  WITHHELD_INTERNAL_AFFAIRS("withheld.internalAffairs", "属于三类内部事务信息", Group.WITHHELD, "第十六条第一款"),
  /** （三）不予公开 6.属于四类过程性信息. */
  WITHHELD_PROCESS_INFORMATION("withheld.processInformation", "属于四类过程性信息", Group.WITHHELD, "第十六条第二款"),
  /** （三）不予公开 7.属于行政执法案卷. */
  WITHHELD_LAW_ENFORCEMENT_FILES("withheld.lawEnforcementFiles", "属于行政执法案卷", Group.WITHHELD, "第十六条第二款"),
  /** （三）不予公开 8.属于行政查询事项. */
  WITHHELD_ADMINISTRATIVE_QUERY("withheld.administrativeQuery", "属于行政查询事项", Group.WITHHELD, "第三十六条第（七）项"),
  /** （四）无法提供 1.本机关不掌握相关政府信息. */
  UNAVAILABLE_NOT_HELD("unavailable.notHeld", "本机关不掌握相关政府信息", Group.UNAVAILABLE, "第三十六条第（四）（五）项"),
  /** （四）无法提供 2.没有现成信息需要另行制作. */
  UNAVAILABLE_NEEDS_CREATION("unavailable.needsCreation", "没有现成信息需要另行制作", Group.UNAVAILABLE, "第三十八条"),
  /** （四）无法提供 3.补正后申请内容仍不明确. */
  UNAVAILABLE_UNCLEAR_AFTER_CORRECTION("unavailable.unclearAfterCorrection", "补正后申请内容仍不明确", Group.UNAVAILABLE, "第三十条"),
  /** （五）不予处理 1.信访举报投诉类申请. */
  NOT_PROCESSED_PETITION_OR_COMPLAINT("notProcessed.petitionOrComplaint", "信访举报投诉类申请", Group.NOT_PROCESSED, "第三十九条第一款"),
  /** （五）不予处理 2.重复申请. */
  NOT_PROCESSED_DUPLICATE("notProcessed.duplicate", "重复申请", Group.NOT_PROCESSED, "第三十六条第（六）项"),
  /** （五）不予处理 3.要求提供公开出版物. */
  NOT_PROCESSED_PUBLICATION("notProcessed.publication", "要求提供公开出版物", Group.NOT_PROCESSED, "第三十九条第二款"),
  /** （五）不予处理 4.无正当理由大量反复申请. */
  NOT_PROCESSED_MASS_REPEATED("notProcessed.massRepeated", "无正当理由大量反复申请", Group.NOT_PROCESSED, "第三十五条"),
  /** （五）不予处理 5.要求行政机关确认或重新出具已获取信息. */
  NOT_PROCESSED_CONFIRM_OR_REISSUE("notProcessed.confirmOrReissue", "要求行政机关确认或重新出具已获取信息", Group.NOT_PROCESSED, "第三十九条"),
  /** （六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请. */
  OTHER_NO_CORRECTION("other.noCorrection", "申请人无正当理由逾期不补正", Group.OTHER, "第三十条"),
  /** （六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请. */
  OTHER_FEE_UNPAID("other.feeUnpaid", "申请人逾期未按收费通知要求缴纳费用", Group.OTHER, "第四十二条"),
  /** （六）其他处理 3.其他（含申请人撤回申请）. */
  OTHER("other.other", "其他处理", Group.OTHER, "");

  /** The blocks of section 三's outcome rows. */
  public enum Group {
    /** （一）予以公开. */
    GRANTED("予以公开"),
    /** （二）部分公开. */
    PARTIALLY_GRANTED("部分公开"),
    /** （三）不予公开. */
    WITHHELD("不予公开"),
    /** （四）无法提供. */
    UNAVAILABLE("无法提供"),
    /** （五）不予处理. */
    NOT_PROCESSED("不予处理"),
    /** （六）其他处理. */
    OTHER("其他处理");

    private final String label;

    Group(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final String rowKey;
  private final String label;
  private final Group group;
  private final String article;

  ReplyOutcome(String rowKey, String label, Group group, String article) {
    this.rowKey = rowKey;
    this.label = label;
    this.group = group;
    this.article = article;
  }

  /** The row key of the 2021 format (and of the 2019 format except the {@code other} sub-rows). */
  public String rowKey() {
    return rowKey;
  }

  /** The row key in the given format: the 2019 format has one {@code other} row. */
  public String rowKey(ReportFormat format) {
    return format == ReportFormat.F2019 && group == Group.OTHER ? "other" : rowKey;
  }

  public String label() {
    return label;
  }

  /** 大类 and reason, e.g. "不予公开 · 属于国家秘密". */
  public String fullLabel() {
    return group == Group.GRANTED || group == Group.PARTIALLY_GRANTED ? label : group.label() + " · " + label;
  }

  public Group group() {
    return group;
  }

  /** The article of the regulation the reply rests on. */
  public String article() {
    return article;
  }
}
