package com.shopwarden.moderation.quality;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A term list or hash bank that found something in a content item (one row per item and list or
 * bank): what the quality figures of lists and banks count.
 */
@Entity
@Table(name = "signal_hit")
public class SignalHitEntity extends PanacheEntityBase {

  /** A term list's terms matched. */
  public static final String TERM_LIST = "TERM_LIST";

  /** A hash bank's entries matched. */
  public static final String HASH_BANK = "HASH_BANK";

  @Id public UUID id;

  @Column(name = "content_id", nullable = false)
  public UUID contentId;

  @Column(nullable = false)
  public String market;

  /** {@link #TERM_LIST} or {@link #HASH_BANK}. */
  @Column(nullable = false)
  public String source;

  /** The list's or bank's name. */
  @Column(nullable = false)
  public String name;

  @Column(name = "hit_at", nullable = false)
  public Instant hitAt;
}
