package com.shopwarden.market;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A market: where legal day counts are made, which languages and currency it uses, which legal
 * regimes apply and which days are business days. Instances come from {@link MarketCatalog}.
 *
 * @param code the market's code
 * @param legalZone the time zone in which legal day counts are made (for the US, America/New_York)
 * @param languages ISO 639-1 codes of the languages served, most used first
 * @param currency the market's currency
 * @param legalRegimes the regimes that apply; always includes {@link LegalRegime#MARKETPLACE_TERMS}
 * @param calendar the market's business days
 */
public record Market(
    MarketCode code,
    ZoneId legalZone,
    List<String> languages,
    Currency currency,
    Set<LegalRegime> legalRegimes,
    BusinessCalendar calendar) {

  private static final Pattern ISO_639_1 = Pattern.compile("[a-z]{2}");

  /** Validates and makes the collections immutable. */
  public Market {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(legalZone, "legalZone");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(calendar, "calendar");
    languages = List.copyOf(languages);
    if (languages.isEmpty()) {
      throw new IllegalArgumentException(code + ": at least one language is required");
    }
    for (String language : languages) {
      if (!ISO_639_1.matcher(language).matches()) {
        throw new IllegalArgumentException(code + ": not an ISO 639-1 code: " + language);
      }
    }
    if (!legalRegimes.contains(LegalRegime.MARKETPLACE_TERMS)) {
      throw new IllegalArgumentException(code + ": every market has MARKETPLACE_TERMS");
    }
    // EnumSet keeps a stable order for serialisation and logs.
    legalRegimes = Collections.unmodifiableSet(EnumSet.copyOf(legalRegimes));
  }

  /** Whether the market is in the European Economic Area. */
  public boolean isEea() {
    return code.isEea();
  }

  /** Whether {@code regime} applies in this market. */
  public boolean isSubjectTo(LegalRegime regime) {
    return legalRegimes.contains(regime);
  }

  /**
   * Whether the market serves a language, given as an ISO 639-1 code or a language tag whose
   * primary subtag is one ({@code "en"}, {@code "EN"}, {@code "en-GB"}, {@code "zh_MY"}).
   */
  public boolean servesLanguage(String language) {
    if (language == null || language.isBlank()) {
      return false;
    }
    String primary = language.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    return languages.contains(primary);
  }

  /** The calendar date of {@code instant} in the legal time zone (the day a legal count uses). */
  public LocalDate legalDate(Instant instant) {
    return instant.atZone(legalZone).toLocalDate();
  }

  /**
   * The first instant of {@code date} in the legal time zone (normally midnight; later when a
   * daylight-saving change skips midnight).
   */
  public Instant startOfLegalDay(LocalDate date) {
    return date.atStartOfDay(legalZone).toInstant();
  }

  /**
   * The {@code n}-th business day after the legal date of {@code receivedAt}; the day of receipt
   * never counts. For example the earliest DMCA restoration day is {@code businessDayAfter(receipt,
   * 10)}.
   */
  public LocalDate businessDayAfter(Instant receivedAt, int n) {
    return calendar.addBusinessDays(legalDate(receivedAt), n);
  }
}
