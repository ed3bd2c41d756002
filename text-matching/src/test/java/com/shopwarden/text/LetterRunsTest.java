package com.shopwarden.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The squeezed form and the run rule on their own, without an automaton. */
class LetterRunsTest {

  @Test
  void squeezesEveryRunAndKeepsItsLength() {
    LetterRuns runs = LetterRuns.of("counterrrrfeeeit");
    assertThat(runs.letters()).hasToString("counterfeit");
    assertThat(runs.lengths()).containsExactly(1, 1, 1, 1, 1, 1, 4, 1, 3, 1, 1);
    assertThat(LetterRuns.of("coffee").lengths()).containsExactly(1, 1, 2, 2);
    assertThat(LetterRuns.of("").letters()).isEmpty();
  }

  @Test
  void aRunFitsTheSameLengthOrWhenStretched() {
    assertThat(LetterRuns.fits(2, 2)).isTrue();
    assertThat(LetterRuns.fits(1, 2)).as("as is not ass").isFalse();
    assertThat(LetterRuns.fits(2, 1)).as("Bett is not bet").isFalse();
    assertThat(LetterRuns.fits(3, 1)).isTrue();
    assertThat(LetterRuns.fits(5, 2)).isTrue();
  }

  @Test
  void spansOfAHitAreInNormalisedIndexesMostGenerousFirst() {
    // "xsssex": the hit "sex" may take the whole run of s or only its last s.
    LetterRuns runs = LetterRuns.of("xsssex");
    int[] term = LetterRuns.of("sex").lengths();
    List<int[]> spans = runs.spans(term, 1, 4);
    assertThat(spans).hasSize(2);
    assertThat(spans.get(0)).containsExactly(1, 6);
    assertThat(spans.get(1)).containsExactly(3, 6);
    // "xssex": a double s is not a stretched s, so only the last s belongs to the hit.
    List<int[]> doubled = LetterRuns.of("xssex").spans(term, 1, 4);
    assertThat(doubled).hasSize(1);
    assertThat(doubled.get(0)).containsExactly(2, 5);
  }

  @Test
  void innerRunsMustFitOrThereIsNoSpan() {
    int[] ass = LetterRuns.of("ass").lengths();
    assertThat(LetterRuns.of("xasx").spans(ass, 1, 3)).isEmpty();
    int[] bet = LetterRuns.of("bet").lengths();
    assertThat(LetterRuns.of("bett").spans(bet, 0, 3))
        .singleElement()
        .satisfies(s -> assertThat(s).containsExactly(0, 3));
  }
}
