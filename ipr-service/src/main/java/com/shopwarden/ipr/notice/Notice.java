package com.shopwarden.ipr.notice;

import com.shopwarden.contracts.Severity;
import com.shopwarden.ipr.persistence.TextListConverter;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A rights holder's notice against content items, citing its assets. No contact data here. */
@Entity
@Table(name = "notice")
public class Notice extends PanacheEntityBase {
  @Id public UUID id;
  public String market;
  public String organisationId;
  public String filedBy;

  @Enumerated(EnumType.STRING)
  public NoticeRegime regime;

  /** The version of the market's IPR pack the notice was judged under. */
  public String packVersion;

  @Enumerated(EnumType.STRING)
  public NoticeState state;

  public String workDescription;
  public String explanation;

  @Convert(converter = TextListConverter.class)
  public List<String> assetIds;

  @Convert(converter = TextListConverter.class)
  public List<String> missingElements;

  public boolean goodFaith;
  public boolean accuracySworn;
  public boolean trusted;
  public Instant receivedAt;
  public Instant reviewDeadline;
  public String reviewer;
  public Instant leaseExpiresAt;
  public Instant decidedAt;
  public String decisionReason;
  public String policyCode;

  /** A rejection found the notice manifestly unfounded (counts towards misuse). */
  public boolean manifestlyUnfounded;

  /** When the notifier contested a rejection; a notice is contested at most once. */
  public Instant contestedAt;

  /** The agent who rejected it first; a contested notice goes to another agent. */
  public String firstReviewer;

  @Enumerated(EnumType.STRING)
  public Severity severity;

  @Version public int version;

  /** Moves to {@code next} if the state machine allows it; 409 otherwise. */
  public void moveTo(NoticeState next) {
    NoticeTransitions.require(state, next);
    state = next;
  }
}
