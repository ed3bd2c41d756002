package com.shopwarden.ipr.notice;

import static com.shopwarden.ipr.notice.NoticeState.COUNTER_NOTICED;
import static com.shopwarden.ipr.notice.NoticeState.COURT_ACTION_REPORTED;
import static com.shopwarden.ipr.notice.NoticeState.INCOMPLETE;
import static com.shopwarden.ipr.notice.NoticeState.REJECTED;
import static com.shopwarden.ipr.notice.NoticeState.RESTORED;
import static com.shopwarden.ipr.notice.NoticeState.RESTORE_SCHEDULED;
import static com.shopwarden.ipr.notice.NoticeState.RETRACTED;
import static com.shopwarden.ipr.notice.NoticeState.SUBMITTED;
import static com.shopwarden.ipr.notice.NoticeState.UNDER_REVIEW;
import static com.shopwarden.ipr.notice.NoticeState.UPHELD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopwarden.problem.ProblemException;
import com.shopwarden.problem.ProblemType;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every pair of states, against the table the issue gives. */
class NoticeTransitionsTest {

  private static final Map<NoticeState, Set<NoticeState>> EXPECTED =
      Map.of(
          INCOMPLETE, EnumSet.of(SUBMITTED, RETRACTED),
          SUBMITTED, EnumSet.of(UNDER_REVIEW, RETRACTED),
          UNDER_REVIEW, EnumSet.of(UPHELD, REJECTED, SUBMITTED, RETRACTED),
          UPHELD, EnumSet.of(COUNTER_NOTICED, RETRACTED),
          COUNTER_NOTICED, EnumSet.of(RESTORE_SCHEDULED, COURT_ACTION_REPORTED, RETRACTED),
          RESTORE_SCHEDULED, EnumSet.of(RESTORED, COURT_ACTION_REPORTED, RETRACTED),
          COURT_ACTION_REPORTED, EnumSet.of(RETRACTED),
          REJECTED, EnumSet.of(SUBMITTED, RETRACTED),
          RESTORED, EnumSet.noneOf(NoticeState.class),
          RETRACTED, EnumSet.noneOf(NoticeState.class));

  @Test
  void everyPairFollowsTheTable() {
    assertThat(EXPECTED).containsOnlyKeys(NoticeState.values());
    for (NoticeState from : NoticeState.values()) {
      for (NoticeState to : NoticeState.values()) {
        boolean expected = EXPECTED.get(from).contains(to);
        assertThat(NoticeTransitions.isAllowed(from, to))
            .as("%s -> %s", from, to)
            .isEqualTo(expected);
        if (expected) {
          NoticeTransitions.require(from, to);
        } else {
          assertThatThrownBy(() -> NoticeTransitions.require(from, to))
              .isInstanceOfSatisfying(
                  ProblemException.class,
                  e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
                    assertThat(e.toProblem().extensions().get("allowed"))
                        .isEqualTo(EXPECTED.get(from).stream().map(Enum::name).toList());
                  });
        }
      }
    }
  }

  @Test
  void retractionIsPossibleFromEveryOpenStateAndNoTerminalOne() {
    for (NoticeState state : NoticeState.values()) {
      assertThat(NoticeTransitions.isAllowed(state, RETRACTED))
          .as(state.name())
          .isEqualTo(NoticeTransitions.isOpen(state));
    }
    assertThat(EnumSet.allOf(NoticeState.class).stream().filter(s -> !NoticeTransitions.isOpen(s)))
        .containsExactlyInAnyOrder(RESTORED, RETRACTED);
  }

  @Test
  void upheldHistoryIsKnownForRetractions() {
    assertThat(
            EnumSet.allOf(NoticeState.class).stream().filter(NoticeTransitions::wasUpheld).toList())
        .isEqualTo(
            List.of(UPHELD, COUNTER_NOTICED, RESTORE_SCHEDULED, RESTORED, COURT_ACTION_REPORTED));
  }

  @Test
  void aNoticeMovesOnlyAlongAllowedEdges() {
    Notice notice = new Notice();
    notice.state = SUBMITTED;
    notice.moveTo(UNDER_REVIEW);
    notice.moveTo(UPHELD);
    assertThatThrownBy(() -> notice.moveTo(RESTORED)).isInstanceOf(ProblemException.class);
    assertThat(notice.state).isEqualTo(UPHELD);
  }
}
