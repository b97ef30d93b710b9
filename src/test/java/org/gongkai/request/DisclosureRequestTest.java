package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The transitions of the aggregate and their guards. */
class DisclosureRequestTest {

  final StatutoryClock clock = new StatutoryClock(() -> StatutoryClockTest.CALENDAR);
  static final LocalDate MON = LocalDate.of(2020, 6, 1);

  DisclosureRequest fresh() {
    DisclosureRequest r = DisclosureRequest.register("YSQ-2020-500101-00001", "500101", Channel.ONLINE, MON,
        new Applicant(ApplicantType.NATURAL_PERSON, "张三", IdType.RESIDENT_ID_CARD, "11010519491231002X", null, null, null,
            "13800138000", null, null),
        "2019年某街道改造项目的批复文件", InformationFormat.ELECTRONIC, DeliveryMethod.ONLINE);
    r.recomputeDeadline(clock);
    return r;
  }

  @Test
  void aRegisteredRequestIsDueTwentyWorkingDaysLater() {
    DisclosureRequest r = fresh();
    assertThat(r.status()).isEqualTo(RequestStatus.REGISTERED);
    assertThat(r.deadline().dueDate()).isEqualTo(LocalDate.of(2020, 6, 29));
    assertThat(r.pendingEvents()).extracting(RequestEvent::type).containsExactly("Registered");
  }

  @Test
  void rejectsReplyAfterWithdrawal() {
    DisclosureRequest r = fresh();
    r.withdraw(MON.plusDays(2), "不再需要");
    assertThat(r.status()).isEqualTo(RequestStatus.WITHDRAWN);
    assertThat(r.outcome()).isEqualTo(ReplyOutcome.OTHER);
    assertThatThrownBy(() -> r.reply(MON.plusDays(3), ReplyOutcome.GRANTED, null))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("当前状态为“已撤回”");
  }

  @Test
  void correctionNoticeAfterSevenWorkingDaysIsRefused() {
    DisclosureRequest r = fresh();
    assertThatThrownBy(() -> r.requestCorrection(LocalDate.of(2020, 6, 11), "请写明文号", LocalDate.of(2020, 6, 30), clock))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("7个工作日");
  }

  @Test
  void abandonmentClosesWithTheNoCorrectionOutcomeOnlyAfterThePeriod() {
    DisclosureRequest r = fresh();
    r.requestCorrection(LocalDate.of(2020, 6, 3), "请写明文件名称", LocalDate.of(2020, 6, 17), clock);
    assertThatThrownBy(() -> r.abandon(LocalDate.of(2020, 6, 17))).isInstanceOf(InvalidInputException.class);
    r.abandon(LocalDate.of(2020, 6, 18));
    assertThat(r.status()).isEqualTo(RequestStatus.ABANDONED);
    assertThat(r.outcome()).isEqualTo(ReplyOutcome.OTHER_NO_CORRECTION);
    assertThat(r.closedOn()).isEqualTo(LocalDate.of(2020, 6, 18));
  }

  @Test
  void aLateCorrectionCannotBeRegistered() {
    DisclosureRequest r = fresh();
    r.requestCorrection(LocalDate.of(2020, 6, 3), "请写明文件名称", LocalDate.of(2020, 6, 17), clock);
    assertThatThrownBy(() -> r.receiveCorrection(LocalDate.of(2020, 6, 18))).isInstanceOf(InvalidInputException.class);
    r.receiveCorrection(LocalDate.of(2020, 6, 15));
    r.recomputeDeadline(clock);
    assertThat(r.deadline().dueDate()).isEqualTo(LocalDate.of(2020, 7, 13));
  }

  @Test
  void unpaidFeeClosesWithTheFeeUnpaidOutcome() {
    DisclosureRequest r = fresh();
    r.startReview(MON);
    r.notifyFee(LocalDate.of(2020, 6, 5), 300, "按件计收", clock);
    r.recomputeDeadline(clock);
    assertThat(r.deadline().dueDate()).isNull();
    LocalDate limit = clock.feePaymentLimit(LocalDate.of(2020, 6, 5));
    assertThatThrownBy(() -> r.feeUnpaid(limit)).isInstanceOf(InvalidInputException.class);
    r.feeUnpaid(limit.plusDays(1));
    assertThat(r.status()).isEqualTo(RequestStatus.FEE_UNPAID);
    assertThat(r.outcome()).isEqualTo(ReplyOutcome.OTHER_FEE_UNPAID);
  }

  @Test
  void extensionNeedsTheHeadsNameTheApplicantToldAndAtMostTwentyDays() {
    DisclosureRequest r = fresh();
    r.startReview(MON);
    assertThatThrownBy(() -> r.extend(MON.plusDays(5), 21, "李主任", true, "")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> r.extend(MON.plusDays(5), 10, " ", true, "")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> r.extend(MON.plusDays(5), 10, "李主任", false, "")).isInstanceOf(InvalidInputException.class);
    r.extend(MON.plusDays(5), 10, "李主任", true, "涉及档案调取");
    assertThat(r.status()).isEqualTo(RequestStatus.EXTENDED);
    assertThatThrownBy(() -> r.extend(MON.plusDays(6), 5, "李主任", true, "")).isInstanceOf(ConflictException.class)
        .hasMessageContaining("已延期");
  }

  @Test
  void consultationReturnsToTheExtendedStateWhenTheRequestWasExtended() {
    DisclosureRequest r = fresh();
    r.startReview(MON);
    r.extend(MON.plusDays(2), 10, "李主任", true, "");
    r.consult(Pause.Kind.THIRD_PARTY, MON.plusDays(3), "某公司", clock);
    assertThat(r.status()).isEqualTo(RequestStatus.THIRD_PARTY_CONSULTATION);
    assertThatThrownBy(() -> r.reply(MON.plusDays(4), ReplyOutcome.GRANTED, null)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("征求意见中");
    r.endConsultation(MON.plusDays(9), "第三方不同意公开");
    assertThat(r.status()).isEqualTo(RequestStatus.EXTENDED);
  }

  @Test
  void replyCannotUseTheOutcomesReservedForAbandonmentAndUnpaidFees() {
    DisclosureRequest r = fresh();
    assertThatThrownBy(() -> r.reply(MON.plusDays(1), ReplyOutcome.OTHER_FEE_UNPAID, null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> r.reply(MON.minusDays(1), ReplyOutcome.GRANTED, null)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void deliveryFollowsTheReplyOnly() {
    DisclosureRequest r = fresh();
    assertThatThrownBy(() -> r.deliver(MON)).isInstanceOf(ConflictException.class).hasMessageContaining("已登记");
    r.reply(MON.plusDays(3), ReplyOutcome.UNAVAILABLE_NOT_HELD, "经检索不存在");
    r.deliver(MON.plusDays(4));
    assertThat(r.status()).isEqualTo(RequestStatus.DELIVERED);
    assertThat(r.closedOn()).isEqualTo(MON.plusDays(3));
    assertThatThrownBy(() -> r.withdraw(MON.plusDays(5), "")).isInstanceOf(ConflictException.class);
  }

  @Test
  void outcomesCarryTheirReportRowKeysInBothFormats() {
    assertThat(ReplyOutcome.values()).hasSize(21);
    assertThat(ReplyOutcome.WITHHELD_STATE_SECRET.rowKey()).isEqualTo("withheld.stateSecret");
    assertThat(ReplyOutcome.OTHER_NO_CORRECTION.rowKey(org.gongkai.report.ReportFormat.F2021)).isEqualTo("other.noCorrection");
    assertThat(ReplyOutcome.OTHER_NO_CORRECTION.rowKey(org.gongkai.report.ReportFormat.F2019)).isEqualTo("other");
    assertThat(ReplyOutcome.OTHER.rowKey(org.gongkai.report.ReportFormat.F2021)).isEqualTo("other.other");
  }
}
