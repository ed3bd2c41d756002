package com.shopwarden.text;

import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The languages the matcher knows, with their normalisation profile. Only Vietnamese keeps its
 * diacritics (see {@link MarkPolicy#KEEP}); Thai and Chinese need no spaces because word boundaries
 * come from ICU's dictionary-based segmenter.
 */
public final class ScreeningLanguages {

  private static final Map<String, LanguageProfile> PROFILES = new TreeMap<>();

  static {
    for (String code :
        new String[] {
          "th", "id", "ms", "tl", "en", "de", "fr", "es", "it", "pl", "nl", "ga", "zh"
        }) {
      PROFILES.put(code, new LanguageProfile(code, MarkPolicy.FOLD, new ULocale(code)));
    }
    PROFILES.put("vi", new LanguageProfile("vi", MarkPolicy.KEEP, new ULocale("vi")));
  }

  private ScreeningLanguages() {}

  /** The supported ISO 639-1 codes. */
  public static Set<String> codes() {
    return PROFILES.keySet();
  }

  public static boolean supports(String code) {
    return code != null && PROFILES.containsKey(code);
  }

  /**
   * The profile of a language.
   *
   * @throws IllegalArgumentException for a language the matcher does not know
   */
  public static LanguageProfile require(String code) {
    LanguageProfile profile = code == null ? null : PROFILES.get(code);
    if (profile == null) {
      throw new IllegalArgumentException("unsupported language: " + code);
    }
    return profile;
  }
}
