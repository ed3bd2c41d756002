package com.shopwarden.text;

import java.util.Objects;
import java.util.Set;

/**
 * One entry of a term list: the text to find, how to find it and how grave a hit is.
 *
 * @param id stable id of the term, reported with every match
 * @param list the list the term belongs to (e.g. {@code prohibited-medical}, or a rights holder's
 *     marks)
 * @param text the term as a person writes it; it is normalised like the screened text
 * @param mode whole word, phrase or substring
 * @param severity how grave a hit is
 * @param languages ISO 639-1 codes the term applies to; empty means every language
 */
public record Term(
    String id,
    String list,
    String text,
    MatchMode mode,
    TermSeverity severity,
    Set<String> languages) {

  public Term {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(severity, "severity");
    languages = languages == null ? Set.of() : Set.copyOf(languages);
  }

  /** A term that applies in every language. */
  public static Term of(String id, String list, String text, MatchMode mode, TermSeverity sev) {
    return new Term(id, list, text, mode, sev, Set.of());
  }

  boolean appliesTo(String language) {
    return languages.isEmpty() || languages.contains(language);
  }
}
