package com.shopwarden.text;

import java.util.Objects;
import java.util.Set;

/**
 * An innocent text that contains a listed term ({@code Scunthorpe}, {@code classic}): a term match
 * lying wholly inside a match of the exception is dropped.
 *
 * @param id stable id of the exception
 * @param list the list whose terms it exempts; {@code null} exempts the terms of every list
 * @param text the innocent text, normalised like the screened text and found anywhere
 * @param languages ISO 639-1 codes it applies to; empty means every language
 */
public record AllowException(String id, String list, String text, Set<String> languages) {

  public AllowException {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    languages = languages == null ? Set.of() : Set.copyOf(languages);
  }

  /** An exception for one list (or every list when {@code list} is null) in every language. */
  public static AllowException of(String id, String list, String text) {
    return new AllowException(id, list, text, Set.of());
  }

  boolean appliesTo(String language, String termList) {
    return (languages.isEmpty() || languages.contains(language))
        && (list == null || list.equals(termList));
  }
}
