package com.shopwarden.moderation.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.moderation.intake.ContentRequest;
import org.junit.jupiter.api.Test;

/** Identical content for bulk decisions: texts that read the same to the matcher. */
class TextFingerprintTest {

  private final TaskRouting routing = new TaskRouting(null);

  private String of(String title, String description, String language) {
    return routing.fingerprint(
        new ContentRequest.Texts(title, description, null, null, null, null), language);
  }

  @Test
  void caseDiacriticsSpacingAndPunctuationDoNotMatter() {
    assertThat(of("GEFALSCHTE  qzbulkhigh   tasche!!", null, "de"))
        .isEqualTo(of("Gefälschte qzbulkhigh Tasche", null, "de"));
    assertThat(of("c0unt3rf31t bag", null, "en")).isEqualTo(of("Counterfeit BAG", null, "en"));
  }

  @Test
  void differentWordsOrFieldsDiffer() {
    assertThat(of("Gefälschte Tasche", null, "de")).isNotEqualTo(of("Gefälschte Uhr", null, "de"));
    // The same words in another field are another listing.
    assertThat(of("bag", "cheap", "en")).isNotEqualTo(of("bag cheap", null, "en"));
  }

  @Test
  void noTextHasNoFingerprint() {
    assertThat(of(null, "  ", "en")).isNull();
    assertThat(routing.fingerprint(null, "en")).isNull();
  }
}
