package com.shopwarden.text;

import com.ibm.icu.util.ULocale;

/**
 * How text of one language is normalised and segmented.
 *
 * @param code ISO 639-1 code in lower case
 * @param marks what happens to diacritics on Latin letters
 * @param locale the locale of the word segmenter (ICU segments Thai, Lao, Khmer, Burmese, Chinese
 *     and Japanese with dictionaries whatever the locale; the locale refines the rest)
 */
public record LanguageProfile(String code, MarkPolicy marks, ULocale locale) {}
