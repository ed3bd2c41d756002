package com.shopwarden.ipr.notice;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.ContentKind;
import com.shopwarden.ipr.persistence.TextListConverter;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One content item or listing a notice names, with the account responsible for it. */
@Entity
@Table(name = "notice_item")
public class NoticeItem extends PanacheEntityBase {
  @Id public UUID id;
  public UUID noticeId;
  public String contentId;
  public int contentVersion;

  @Enumerated(EnumType.STRING)
  public ContentKind contentKind;

  public LocalDate contentDate;
  public String language;
  public String location;
  public String accountId;

  @Enumerated(EnumType.STRING)
  public AccountType accountType;

  /** Set when the notice is upheld: the violation enforcement records for this item. */
  public String violationKey;

  /** The item's text as the notifier saw it (listing title and description, caption), if given. */
  public String contentText;

  /** PDQ hashes of the item's images or key frames, if the notifier gave them. */
  @Convert(converter = TextListConverter.class)
  public List<String> pdqHashes;

  /** A product listing's EAN-13, if it has one. */
  public String ean;
}
