package com.shopwarden.ipr.counter;

import com.shopwarden.contracts.AccountType;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An affected account's counter-notice against an upheld notice; contact data kept apart. */
@Entity
@Table(name = "counter_notice")
public class CounterNotice extends PanacheEntityBase {
  @Id public UUID id;
  public UUID noticeId;
  public String accountId;

  @Enumerated(EnumType.STRING)
  public AccountType accountType;

  public Instant receivedAt;
  public LocalDate restoreDate;
  public String explanation;
  public boolean goodFaithMistake;
  public boolean consentToJurisdiction;
  public boolean acceptsService;
}
