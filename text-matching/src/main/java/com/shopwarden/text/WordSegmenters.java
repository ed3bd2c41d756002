package com.shopwarden.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** ICU word break iterators per locale; a fresh clone per use because they hold state. */
final class WordSegmenters {

  private static final Map<ULocale, BreakIterator> PROTOTYPES = new ConcurrentHashMap<>();

  private WordSegmenters() {}

  static BreakIterator forLocale(ULocale locale) {
    return (BreakIterator)
        PROTOTYPES.computeIfAbsent(locale, BreakIterator::getWordInstance).clone();
  }
}
