package com.shopwarden.ipr.evidence;

import com.shopwarden.ipr.asset.ProtectionAsset;
import com.shopwarden.ipr.evidence.Evidence.MarkFound;
import com.shopwarden.text.EvasionNormaliser;
import com.shopwarden.text.MatchMode;
import com.shopwarden.text.ScreeningLanguages;
import com.shopwarden.text.Term;
import com.shopwarden.text.TermIndex;
import com.shopwarden.text.TermMatch;
import com.shopwarden.text.TermSeverity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the cited marks in an item's text the way content moderation screens it: both are
 * normalised against evasion (look-alike letters, digit swaps, separators), and a mark counts where
 * it starts and ends on word boundaries of the original text, so "G.l.0.w-C0" is found and
 * "glowcoat" is not.
 */
final class MarkEvidence {

  /** The language a text of unknown or unsupported language is normalised as. */
  static final String FALLBACK_LANGUAGE = "en";

  private static final String LIST = "cited-marks";
  private static final EvasionNormaliser NORMALISER = new EvasionNormaliser();

  private MarkEvidence() {}

  /** The language to normalise an item's text as: its own if supported, else the market's. */
  static String language(String itemLanguage, List<String> marketLanguages) {
    if (ScreeningLanguages.supports(itemLanguage)) {
      return itemLanguage;
    }
    return marketLanguages.stream()
        .filter(ScreeningLanguages::supports)
        .findFirst()
        .orElse(FALLBACK_LANGUAGE);
  }

  /** The cited marks found in {@code text}, in order of position. */
  static List<MarkFound> find(List<ProtectionAsset> cited, String text, String language) {
    return find(index(cited, language), text, language);
  }

  /**
   * The cited marks as one index for a language: built once per notice and language, then matched
   * against each of its items; empty when no cited mark has anything to match.
   */
  static Optional<TermIndex> index(List<ProtectionAsset> cited, String language) {
    List<Term> terms = new ArrayList<>();
    for (ProtectionAsset asset : cited) {
      if (matchable(asset.markText, language)) {
        terms.add(
            Term.of(
                asset.id.toString(),
                LIST,
                asset.markText,
                MatchMode.WHOLE_WORD,
                TermSeverity.MEDIUM));
      }
    }
    return terms.isEmpty() ? Optional.empty() : Optional.of(TermIndex.compile(terms, List.of()));
  }

  /** The marks of {@code marks} found in {@code text}, in order of position. */
  static List<MarkFound> find(Optional<TermIndex> marks, String text, String language) {
    if (marks.isEmpty() || text == null || text.isBlank()) {
      return List.of();
    }
    List<TermMatch> matches = marks.get().match(text, language);
    return matches.stream()
        .map(
            m ->
                new MarkFound(
                    UUID.fromString(m.termId()), m.term(), m.start(), m.end(), m.excerpt()))
        .toList();
  }

  /** A mark of only separators or symbols has nothing to match and would fail compilation. */
  private static boolean matchable(String markText, String language) {
    return markText != null
        && !NORMALISER.normalise(markText, ScreeningLanguages.require(language)).text().isEmpty();
  }
}
