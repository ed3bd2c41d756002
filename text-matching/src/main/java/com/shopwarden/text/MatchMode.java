package com.shopwarden.text;

/** How a term must sit in the text to count as a match. */
public enum MatchMode {
  /** A single word: the match must start and end on word boundaries of the original text. */
  WHOLE_WORD,
  /** Several words in order; like a whole word, its ends must fall on word boundaries. */
  PHRASE,
  /** Anywhere, also inside a longer word (use allow-list exceptions for known innocent words). */
  SUBSTRING
}
