package com.shopwarden.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A normalised text with every run of one repeated character squeezed to a single character, and
 * the length of each run kept: {@code counterrrrfeeeit} reads {@code counterfeit} with runs {@code
 * 1,1,1,1,1,1,4,1,3,1,1}. Terms and texts are matched on the squeezed letters; the run lengths then
 * decide whether a hit is a real one.
 *
 * <p>The rule ({@link #fits}): a run of the text matches a run of the term when both have the same
 * length, or when the text's run is <em>stretched</em> (three or more). Doubled letters are
 * ordinary spelling in many languages ({@code coffee}, {@code pizza}, {@code Kaffee}, {@code
 * Bett}), so a double in the text stands for a double only: {@code as} is not {@code ass}, {@code
 * Bett} is not {@code bet}. Three or more of one letter is how writers stretch a word ({@code
 * viiiagra}, {@code cheeeap}, {@code cofffeeee}), so such a run stands for one letter or two.
 */
final class LetterRuns {

  /** Shortest run that counts as stretching. */
  static final int STRETCHED = 3;

  private final CharSequence letters;

  /** Start of each run in the normalised text, then the text's length as a sentinel. */
  private final int[] starts;

  private final int runs;

  private LetterRuns(CharSequence letters, int[] starts, int runs) {
    this.letters = letters;
    this.starts = starts;
    this.runs = runs;
  }

  /** Squeezes a normalised text. */
  static LetterRuns of(String normalised) {
    int n = normalised.length();
    StringBuilder letters = new StringBuilder(n);
    int[] starts = new int[n + 1];
    int runs = 0;
    char previous = 0;
    for (int i = 0; i < n; i++) {
      char c = normalised.charAt(i);
      if (i == 0 || c != previous) {
        starts[runs++] = i;
        letters.append(c);
        previous = c;
      }
    }
    starts[runs] = n;
    // Screened texts are scanned straight from the builder: no copy on the hot path.
    return new LetterRuns(letters, starts, runs);
  }

  /** The squeezed text: one character per run. */
  CharSequence letters() {
    return letters;
  }

  /** The length of every run, in order (a term's runs, compared with {@link #fits}). */
  int[] lengths() {
    int[] lengths = new int[runs];
    for (int k = 0; k < lengths.length; k++) {
      lengths[k] = length(k);
    }
    return lengths;
  }

  private int length(int run) {
    return starts[run + 1] - starts[run];
  }

  /**
   * The stretches of the normalised text that a squeezed hit stands for, most generous first, or
   * none when the run lengths do not fit the term's.
   *
   * <p>Inner runs must fit exactly as {@link LetterRuns} describes. The first and last runs may
   * also extend beyond the term (the text's {@code ssex} holds the substring {@code sex}), so they
   * offer two choices: the whole run (when it fits) and just the term's own number of characters
   * next to the inner runs (when the text's run is longer). A caller takes the first choice that
   * passes its boundary checks: {@code fuuuuck} is reported whole, while {@code asss ale} still
   * ends a whole-word {@code ass} before the space.
   *
   * @param term the term's run lengths
   * @param from first squeezed index of the hit
   * @param to squeezed end (exclusive) of the hit
   * @return {@code [start, end)} pairs in the normalised text
   */
  List<int[]> spans(int[] term, int from, int to) {
    int last = to - 1;
    for (int k = from + 1; k < last; k++) {
      if (!fits(length(k), term[k - from])) {
        return List.of();
      }
    }
    List<int[]> spans = new ArrayList<>(2);
    int firstLength = length(from);
    int firstTerm = term[0];
    if (from == last) {
      // One run holds the whole term: the whole run, or the term's length at either end of it.
      if (fits(firstLength, firstTerm)) {
        spans.add(new int[] {starts[from], starts[to]});
      }
      if (firstLength > firstTerm) {
        spans.add(new int[] {starts[from], starts[from] + firstTerm});
        spans.add(new int[] {starts[to] - firstTerm, starts[to]});
      }
      return spans;
    }
    int lastLength = length(last);
    int lastTerm = term[last - from];
    int[] begins =
        choices(
            fits(firstLength, firstTerm),
            starts[from],
            firstLength > firstTerm,
            starts[from + 1] - firstTerm);
    int[] ends =
        choices(
            fits(lastLength, lastTerm), starts[to], lastLength > lastTerm, starts[last] + lastTerm);
    for (int begin : begins) {
      for (int end : ends) {
        spans.add(new int[] {begin, end});
      }
    }
    return spans;
  }

  /** Whether a run of the text stands for a run of the term. */
  static boolean fits(int text, int term) {
    return text == term || text >= STRETCHED;
  }

  private static int[] choices(boolean whole, int wholeAt, boolean part, int partAt) {
    if (whole && part) {
      return new int[] {wholeAt, partAt};
    }
    if (whole) {
      return new int[] {wholeAt};
    }
    return part ? new int[] {partAt} : new int[0];
  }
}
