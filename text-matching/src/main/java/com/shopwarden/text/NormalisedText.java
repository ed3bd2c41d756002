package com.shopwarden.text;

import com.ibm.icu.text.BreakIterator;
import java.util.BitSet;

/**
 * A text after normalisation, with the way back: every normalised character knows the range of the
 * original text it came from, and the original's word boundaries (from ICU's segmenter, which also
 * segments Thai) are available for whole-word checks.
 *
 * <p>The normalised form has no separators at all, so spaced-out and dotted evasions ({@code W h a
 * t s A p p}, {@code c.0.u-n t3rfeit}) read as one word; whole-word terms are still guarded because
 * a match must begin and end on a word boundary of the original.
 */
public final class NormalisedText {

  private final String original;
  private final String text;
  private final int[] originalStart;
  private final int[] originalEnd;
  private final LanguageProfile profile;
  private BitSet boundaries;

  NormalisedText(
      String original, String text, int[] originalStart, int[] originalEnd, LanguageProfile p) {
    this.original = original;
    this.text = text;
    this.originalStart = originalStart;
    this.originalEnd = originalEnd;
    this.profile = p;
  }

  /** The original text. */
  public String original() {
    return original;
  }

  /** The normalised text (internal alphabet; meant for matching, not for display). */
  public String text() {
    return text;
  }

  /** Start in the original of the normalised character at {@code index}. */
  public int originalStart(int index) {
    return originalStart[index];
  }

  /** End (exclusive) in the original of the normalised character at {@code index}. */
  public int originalEnd(int index) {
    return originalEnd[index];
  }

  /** Whether an index of the original text lies on a word boundary. */
  public boolean isWordBoundary(int originalIndex) {
    if (boundaries == null) {
      boundaries = segment();
    }
    return boundaries.get(originalIndex);
  }

  /** Whether the original text holds a letter between two indexes. */
  boolean hasLetter(int start, int end) {
    for (int i = start; i < end; ) {
      int cp = original.codePointAt(i);
      if (Character.isLetter(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private BitSet segment() {
    BitSet result = new BitSet(original.length() + 1);
    BreakIterator words = WordSegmenters.forLocale(profile.locale());
    words.setText(lettersForSymbols(original));
    for (int b = words.first(); b != BreakIterator.DONE; b = words.next()) {
      result.set(b);
    }
    return result;
  }

  /**
   * The original with leet symbols that stand inside a word replaced by letters, so that {@code
   * cl@ss} is one word for the segmenter while {@code now!} still ends before the {@code !}. A
   * symbol stands inside a word when a letter, digit or another such symbol follows it.
   */
  private static String lettersForSymbols(String s) {
    char[] chars = null;
    boolean nextIsWord = false;
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c < 128 && CharacterFolding.isLetterSymbol(c)) {
        if (nextIsWord) {
          if (chars == null) {
            chars = s.toCharArray();
          }
          chars[i] = CharacterFolding.ascii(c);
        }
      } else {
        nextIsWord = Character.isLetterOrDigit(c);
      }
    }
    return chars == null ? s : new String(chars);
  }
}
