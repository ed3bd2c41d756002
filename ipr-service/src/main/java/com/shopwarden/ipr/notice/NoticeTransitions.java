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

import com.shopwarden.problem.ProblemException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The notice state machine: which state may follow which. Pure, so that every pair is unit-tested;
 * the services ask it before each change and answer a forbidden move with 409 naming the allowed
 * ones.
 */
public final class NoticeTransitions {

  private static final Map<NoticeState, Set<NoticeState>> NEXT = new EnumMap<>(NoticeState.class);

  static {
    NEXT.put(INCOMPLETE, EnumSet.of(SUBMITTED, RETRACTED));
    NEXT.put(SUBMITTED, EnumSet.of(UNDER_REVIEW, RETRACTED));
    // Back to SUBMITTED when a reviewer releases the notice unanswered.
    NEXT.put(UNDER_REVIEW, EnumSet.of(UPHELD, REJECTED, SUBMITTED, RETRACTED));
    NEXT.put(UPHELD, EnumSet.of(COUNTER_NOTICED, RETRACTED));
    NEXT.put(COUNTER_NOTICED, EnumSet.of(RESTORE_SCHEDULED, COURT_ACTION_REPORTED, RETRACTED));
    NEXT.put(RESTORE_SCHEDULED, EnumSet.of(RESTORED, COURT_ACTION_REPORTED, RETRACTED));
    // The court case is still open: the notifier may yet drop it.
    NEXT.put(COURT_ACTION_REPORTED, EnumSet.of(RETRACTED));
    // The notifier contests the rejection (DSA Art. 20): a second review by another agent.
    NEXT.put(REJECTED, EnumSet.of(SUBMITTED, RETRACTED));
    NEXT.put(RESTORED, EnumSet.noneOf(NoticeState.class));
    NEXT.put(RETRACTED, EnumSet.noneOf(NoticeState.class));
  }

  private NoticeTransitions() {}

  /** The states {@code from} may move to. */
  public static Set<NoticeState> allowedFrom(NoticeState from) {
    return EnumSet.copyOf(NEXT.get(from));
  }

  public static boolean isAllowed(NoticeState from, NoticeState to) {
    return NEXT.get(from).contains(to);
  }

  /** Whether the notice can still change (retraction is possible from every open state). */
  public static boolean isOpen(NoticeState state) {
    return !NEXT.get(state).isEmpty();
  }

  /** Whether the notice was upheld at some point, so that enforcement acted on its items. */
  public static boolean wasUpheld(NoticeState state) {
    return EnumSet.of(UPHELD, COUNTER_NOTICED, RESTORE_SCHEDULED, RESTORED, COURT_ACTION_REPORTED)
        .contains(state);
  }

  /** Passes when the move is lawful; otherwise a 409 problem naming the allowed states. */
  public static void require(NoticeState from, NoticeState to) {
    if (!isAllowed(from, to)) {
      List<String> allowed = NEXT.get(from).stream().map(Enum::name).toList();
      throw ProblemException.conflict(
              "a notice in state " + from + " cannot become " + to + "; allowed: " + allowed)
          .with("state", from.name())
          .with("allowed", allowed);
    }
  }
}
