package com.shopwarden.moderation.termlist;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A term list with its entries, as the admin API shows it. */
public record TermListView(
    UUID id,
    String market,
    String name,
    String language,
    String description,
    int version,
    String updatedBy,
    Instant updatedAt,
    List<Entry> entries) {

  /** A term or an exception. */
  public record Entry(
      UUID id,
      String kind,
      String text,
      String mode,
      String severity,
      List<String> languages,
      String createdBy,
      Instant createdAt) {

    static Entry of(TermEntryEntity e) {
      return new Entry(
          e.id,
          e.kind,
          e.text,
          e.mode,
          e.severity,
          TermListView.languages(e.languages),
          e.createdBy,
          e.createdAt);
    }
  }

  static TermListView of(TermListEntity l, List<TermEntryEntity> entries) {
    return new TermListView(
        l.id,
        l.market,
        l.name,
        l.language,
        l.description,
        l.version,
        l.updatedBy,
        l.updatedAt,
        entries.stream().map(Entry::of).toList());
  }

  static List<String> languages(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
