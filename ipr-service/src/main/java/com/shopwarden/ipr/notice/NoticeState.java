package com.shopwarden.ipr.notice;

/** The life of a notice; {@link NoticeTransitions} says which moves are lawful. */
public enum NoticeState {
  /** Identifies work, material and contact but lacks elements; the notifier was asked for them. */
  INCOMPLETE,
  /** Complete and waiting in the review queue. */
  SUBMITTED,
  /** Claimed by an ipr-agent under a lease. */
  UNDER_REVIEW,
  /** The content infringes; enforcement acts on each item. */
  UPHELD,
  /** The notice was unfounded or could not be verified (with a reason). */
  REJECTED,
  /** An affected account filed a counter-notice. */
  COUNTER_NOTICED,
  /** Restoration is due on a business day the regime fixes. */
  RESTORE_SCHEDULED,
  /** The restore day came without a court-action report; the content is back. */
  RESTORED,
  /** The notifier reported a court action before the restore day; the content stays down. */
  COURT_ACTION_REPORTED,
  /** The notifier withdrew the notice; any measures it caused fall. */
  RETRACTED
}
