package org.gongkai.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ComplaintTest {

  private static final LocalDate TODAY = LocalDate.of(2020, 6, 30);

  private static Complaint received() {
    return new Complaint(3, "500101B01", "500101", "李秀英", null, ComplaintChannel.LETTER, LocalDate.of(2020, 6, 1),
        "逾期未答复", ComplaintState.RECEIVED, null, null, null, null, 0);
  }

  @Test
  void aReceivedComplaintGoesUnderInvestigationThenIsAnswered() {
    Complaint investigated = received().startInvestigation(LocalDate.of(2020, 6, 2), TODAY);
    assertThat(investigated.state()).isEqualTo(ComplaintState.UNDER_INVESTIGATION);
    Complaint answered = investigated.answer(ComplaintFinding.SUBSTANTIATED_RECTIFICATION, "已督促整改", LocalDate.of(2020, 6, 20), TODAY);
    assertThat(answered.state()).isEqualTo(ComplaintState.ANSWERED);
    assertThat(answered.finding().isSubstantiated()).isTrue();
    assertThat(answered.isOpen()).isFalse();
  }

  @Test
  void aComplaintCannotBeAnsweredBeforeItIsInvestigated() {
    assertThatThrownBy(() -> received().answer(ComplaintFinding.NOT_SUBSTANTIATED, "不属实", TODAY, TODAY))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("当前状态为“已受理”");
  }

  @Test
  void anInvestigationStartsOnlyOnceAndAnAnsweredComplaintStaysAnswered() {
    Complaint investigated = received().startInvestigation(LocalDate.of(2020, 6, 2), TODAY);
    assertThatThrownBy(() -> investigated.startInvestigation(TODAY, TODAY))
        .isInstanceOf(ConflictException.class).hasMessageContaining("调查核实中");
    Complaint answered = investigated.answer(ComplaintFinding.NOT_SUBSTANTIATED, "不属实", TODAY, TODAY);
    assertThatThrownBy(() -> answered.answer(ComplaintFinding.SUBSTANTIATED_CRITICISM, "改为属实", TODAY, TODAY))
        .isInstanceOf(ConflictException.class).hasMessageContaining("已答复");
  }

  @Test
  void anAnswerNeedsAFindingATextAndADateNotBeforeTheInvestigation() {
    Complaint investigated = received().startInvestigation(LocalDate.of(2020, 6, 10), TODAY);
    assertThatThrownBy(() -> investigated.answer(null, " ", LocalDate.of(2020, 6, 5), TODAY))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(InvalidInputException.FieldProblem::field)
            .containsExactlyInAnyOrder("finding", "answer", "answeredOn"));
  }

  @Test
  void anInvestigationCannotStartBeforeReceiptOrInTheFuture() {
    assertThatThrownBy(() -> received().startInvestigation(LocalDate.of(2020, 5, 31), TODAY))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("不能早于收到日期");
    assertThatThrownBy(() -> received().startInvestigation(TODAY.plusDays(1), TODAY))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("不能晚于今天");
  }
}
