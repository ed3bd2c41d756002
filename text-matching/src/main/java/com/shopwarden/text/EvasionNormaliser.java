package com.shopwarden.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * Normalises text against evasion, keeping a map back to the original: NFKC with case folding (and
 * removal of default-ignorable characters such as zero-width spaces), diacritics on Latin letters
 * folded where the language allows ({@link MarkPolicy}), confusable letters of other scripts
 * replaced by their Latin look-alike, digit/symbol swaps folded, and every separator removed.
 *
 * <p>Thread-safe; one instance serves every language.
 */
public final class EvasionNormaliser {

  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private final CharacterFolding foldMarks = new CharacterFolding(MarkPolicy.FOLD);
  private final CharacterFolding keepMarks = new CharacterFolding(MarkPolicy.KEEP);

  /** Normalises a text of the given language. */
  public NormalisedText normalise(String original, LanguageProfile profile) {
    int n = original.length();
    CharacterFolding folding = profile.marks() == MarkPolicy.FOLD ? foldMarks : keepMarks;
    StringBuilder out = new StringBuilder(n);
    int[] starts = new int[n + 8];
    int[] ends = new int[n + 8];
    int i = 0;
    while (i < n) {
      char ch = original.charAt(i);
      if (ch < 128 && (i + 1 >= n || original.charAt(i + 1) < 0x300)) {
        // Fast path: ASCII not followed by a combining mark folds on its own.
        char f = CharacterFolding.ascii(ch);
        if (f != 0) {
          if (out.length() == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
            ends = Arrays.copyOf(ends, ends.length * 2);
          }
          starts[out.length()] = i;
          ends[out.length()] = i + 1;
          out.append(f);
        }
        i++;
        continue;
      }
      int j = i + Character.charCount(original.codePointAt(i));
      while (j < n) {
        int cp = original.codePointAt(j);
        if (NFKC_CASEFOLD.hasBoundaryBefore(cp)) {
          break;
        }
        j += Character.charCount(cp);
      }
      String chunk = NFKC_CASEFOLD.normalize(original.subSequence(i, j));
      if (profile.marks() == MarkPolicy.FOLD) {
        chunk = withoutLatinMarks(chunk);
      }
      for (int k = 0; k < chunk.length(); ) {
        int cp = chunk.codePointAt(k);
        String f = folding.fold(cp);
        for (int m = 0; m < f.length(); m++) {
          if (out.length() == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
            ends = Arrays.copyOf(ends, ends.length * 2);
          }
          // Every character of a chunk maps to the whole chunk: a match may not split it.
          starts[out.length()] = i;
          ends[out.length()] = j;
          out.append(f.charAt(m));
        }
        k += Character.charCount(cp);
      }
      i = j;
    }
    return new NormalisedText(original, out.toString(), starts, ends, profile);
  }

  /** Drops combining marks that sit on Latin letters; marks of other scripts (Thai) stay. */
  private static String withoutLatinMarks(String chunk) {
    String decomposed = NFD.normalize(chunk);
    StringBuilder kept = new StringBuilder(decomposed.length());
    boolean latinBase = false;
    for (int k = 0; k < decomposed.length(); ) {
      int cp = decomposed.codePointAt(k);
      int type = UCharacter.getType(cp);
      if (type == UCharacter.NON_SPACING_MARK) {
        if (!latinBase) {
          kept.appendCodePoint(cp);
        }
      } else {
        latinBase = UScript.getScript(cp) == UScript.LATIN;
        kept.appendCodePoint(cp);
      }
      k += Character.charCount(cp);
    }
    return NFC.normalize(kept);
  }
}
