package com.shopwarden.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds single characters of NFKC-casefolded text into the matcher's canonical alphabet: digit and
 * symbol swaps ({@code 0→o}, {@code 3→e}, {@code @→a}, {@code $→s} …), confusable letters of other
 * scripts to their Latin look-alike (ICU SpoofChecker skeletons: Cyrillic {@code а}, Greek {@code
 * ο}), letters without a decomposition ({@code ł}, {@code ø}) and separators (dropped).
 *
 * <p>{@code i}, {@code l}, {@code 1}, {@code |} and {@code !} form one class because writers swap
 * them in both directions; terms are folded the same way, so {@code kill}, {@code k1ll} and {@code
 * ki11} are the same word to the matcher.
 */
final class CharacterFolding {

  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
  private static final String DROP = "";
  private static final int CACHE_LIMIT = 50_000;

  /** ASCII after case folding; 0 means the character is a separator and is dropped. */
  private static final char[] ASCII = new char[128];

  private static final Map<Integer, String> LATIN_RESIDUE =
      Map.of(
          (int) 'ł', "i", (int) 'đ', "d", (int) 'ø', "o", (int) 'æ', "ae", (int) 'œ', "oe",
          (int) 'ı', "i", (int) 'ħ', "h", (int) 'þ', "th", (int) 'ŧ', "t", (int) 'ŀ', "i");

  private final Map<Integer, String> folded = new ConcurrentHashMap<>();
  private final MarkPolicy marks;

  static {
    for (char c = 0; c < 128; c++) {
      char lower = Character.toLowerCase(c);
      ASCII[c] = Character.isLetterOrDigit(lower) ? lower : 0;
    }
    String from = "01345789@$!|l";
    String to = "oieastbgasiii";
    for (int k = 0; k < from.length(); k++) {
      ASCII[from.charAt(k)] = to.charAt(k);
      ASCII[Character.toUpperCase(from.charAt(k))] = to.charAt(k);
    }
    // Upper-case L folds to l first, then into the i class.
    ASCII['L'] = 'i';
  }

  CharacterFolding(MarkPolicy marks) {
    this.marks = marks;
  }

  /** The folded ASCII character, or 0 for a separator. */
  static char ascii(char c) {
    return ASCII[c];
  }

  /** Whether an ASCII symbol stands for a letter (leet) rather than separating words. */
  static boolean isLetterSymbol(char c) {
    return c == '@' || c == '$' || c == '!' || c == '|';
  }

  /** The folded form of one code point of NFKC-casefolded text; empty for a separator. */
  String fold(int cp) {
    if (cp < 128) {
      char c = ASCII[cp];
      return c == 0 ? DROP : String.valueOf(c);
    }
    String cached = folded.get(cp);
    if (cached != null) {
      return cached;
    }
    String result = compute(cp);
    if (folded.size() < CACHE_LIMIT) {
      folded.put(cp, result);
    }
    return result;
  }

  private String compute(int cp) {
    int type = Character.getType(cp);
    boolean mark =
        type == Character.NON_SPACING_MARK
            || type == Character.COMBINING_SPACING_MARK
            || type == Character.ENCLOSING_MARK;
    if (!Character.isLetterOrDigit(cp) && !mark) {
      return DROP;
    }
    if (!Character.isLetter(cp)) {
      return new String(Character.toChars(cp));
    }
    int script = UScript.getScript(cp);
    if (script == UScript.LATIN) {
      if (marks == MarkPolicy.KEEP) {
        return new String(Character.toChars(cp));
      }
      String residue = LATIN_RESIDUE.get(cp);
      return residue != null ? residue : latinLookalike(cp);
    }
    if (script == UScript.CYRILLIC
        || script == UScript.GREEK
        || script == UScript.ARMENIAN
        || script == UScript.CHEROKEE) {
      return latinLookalike(cp);
    }
    return new String(Character.toChars(cp));
  }

  /** The confusable skeleton if it is plain Latin (folded like ASCII), else the letter itself. */
  private String latinLookalike(int cp) {
    String own = new String(Character.toChars(cp));
    String skeleton = NFD.normalize(UCharacter.foldCase(SPOOF.getSkeleton(own), true));
    StringBuilder out = new StringBuilder(skeleton.length());
    for (int k = 0; k < skeleton.length(); k++) {
      char c = skeleton.charAt(k);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c >= 128 || ASCII[c] == 0) {
        return own;
      }
      out.append(ASCII[c]);
    }
    return out.length() == 0 ? own : out.toString();
  }
}
