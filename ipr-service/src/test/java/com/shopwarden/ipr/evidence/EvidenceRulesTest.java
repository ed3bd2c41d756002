package com.shopwarden.ipr.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.ipr.asset.ProtectionAsset;
import com.shopwarden.ipr.authorisation.AuthorisationStatus;
import com.shopwarden.ipr.authorisation.BrandAuthorisation;
import com.shopwarden.ipr.evidence.Evidence.AuthorisationFinding;
import com.shopwarden.ipr.evidence.Evidence.LogoDistance;
import com.shopwarden.ipr.evidence.Evidence.MarkFound;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure rules behind the automatic evidence: marks in text, logo distances, authorisations. */
class EvidenceRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  @Test
  void marksAreFoundThroughEvasionsWithTheirPositionsInTheOriginalText() {
    ProtectionAsset glowco = asset("GlowCo");
    ProtectionAsset lumen = asset("Lumen Beauty");
    String text = "Best G.l.0.w-C0 serum!! Also LUMEN  beauty dupes, not glowcoat.";
    List<MarkFound> found = MarkEvidence.find(List.of(glowco, lumen), text, "en");
    assertThat(found).extracting(MarkFound::excerpt).containsExactly("G.l.0.w-C0", "LUMEN  beauty");
    MarkFound first = found.get(0);
    assertThat(first.assetId()).isEqualTo(glowco.id);
    assertThat(first.markText()).isEqualTo("GlowCo");
    assertThat(text.substring(first.start(), first.end())).isEqualTo("G.l.0.w-C0");
    assertThat(found.get(1).assetId()).isEqualTo(lumen.id);
    // A mark inside a longer word is not the mark.
    assertThat(MarkEvidence.find(List.of(glowco), "glowcoat for boats", "en")).isEmpty();
    // Cyrillic look-alikes fold to Latin.
    assertThat(MarkEvidence.find(List.of(glowco), "Сheap GlоwСо here", "en"))
        .extracting(MarkFound::excerpt)
        .containsExactly("GlоwСо");
  }

  @Test
  void textOfAnUnsupportedLanguageIsReadInTheMarketsLanguage() {
    assertThat(MarkEvidence.language("vi", List.of("en"))).isEqualTo("vi");
    assertThat(MarkEvidence.language("xx", List.of("ms", "en"))).isEqualTo("ms");
    assertThat(MarkEvidence.language(null, List.of("ja"))).isEqualTo("en");
    // A mark of separators only has nothing to match and is skipped, not an error.
    assertThat(MarkEvidence.find(List.of(asset(" - . - ")), "a - . - b", "en")).isEmpty();
  }

  @Test
  void eachLogoHashGetsItsNearestContentHash() {
    ProtectionAsset logo = asset("GlowCo");
    String logoHash = "f".repeat(64);
    logo.addHash(logoHash, 90);
    logo.addHash("0".repeat(64), 20);
    String near = "f".repeat(63) + "0"; // 4 bits differ
    String far = "f".repeat(32) + "0".repeat(32); // 128 bits differ
    List<LogoDistance> distances = LogoEvidence.compare(List.of(logo), List.of(far, near), 31, 50);
    assertThat(distances).hasSize(2);
    LogoDistance first = distances.get(0);
    assertThat(first.assetHash()).isEqualTo(logoHash);
    assertThat(first.nearestContentHash()).isEqualTo(near);
    assertThat(first.distance()).isEqualTo(4);
    assertThat(first.match()).isTrue();
    assertThat(first.assetHashQuality()).isEqualTo(90);
    assertThat(first.lowQuality()).isFalse();
    LogoDistance second = distances.get(1);
    assertThat(second.nearestContentHash()).isEqualTo(far);
    assertThat(second.distance()).isEqualTo(128);
    assertThat(second.match()).isFalse();
    assertThat(second.lowQuality()).isTrue();
    assertThat(LogoEvidence.compare(List.of(logo), List.of(), 31, 50)).isEmpty();
  }

  @Test
  void theLongestLastingAuthorisationInForceSpeaks() {
    BrandAuthorisation shortOne = authorisation(null, LocalDate.of(2026, 6, 30));
    BrandAuthorisation longOne =
        authorisation(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
    AuthorisationFinding finding = AuthorisationEvidence.find(List.of(shortOne, longOne), TODAY);
    assertThat(finding.status()).isEqualTo(AuthorisationStatus.AUTHORISED);
    assertThat(finding.authorisationId()).isEqualTo(longOne.id);
    assertThat(finding.summary()).isEqualTo("authorised until 2026-12-31");
    BrandAuthorisation open = authorisation(null, null);
    assertThat(AuthorisationEvidence.find(List.of(longOne, open), TODAY).summary())
        .isEqualTo("authorised, without end date");
    // The last day counts.
    assertThat(AuthorisationEvidence.find(List.of(authorisation(null, TODAY)), TODAY).status())
        .isEqualTo(AuthorisationStatus.AUTHORISED);
  }

  @Test
  void withoutAnAuthorisationInForceTheNearestOneIsNamed() {
    BrandAuthorisation future = authorisation(LocalDate.of(2026, 4, 1), null);
    BrandAuthorisation expired = authorisation(null, LocalDate.of(2026, 3, 9));
    BrandAuthorisation revoked = authorisation(null, null);
    revoked.revokedAt = Instant.parse("2026-02-01T10:00:00Z");
    assertThat(AuthorisationEvidence.find(List.of(expired, future), TODAY).summary())
        .isEqualTo("authorised from 2026-04-01");
    AuthorisationFinding lapsed = AuthorisationEvidence.find(List.of(revoked, expired), TODAY);
    assertThat(lapsed.status()).isEqualTo(AuthorisationStatus.EXPIRED);
    assertThat(lapsed.summary()).isEqualTo("authorisation expired on 2026-03-09");
    assertThat(AuthorisationEvidence.find(List.of(revoked), TODAY).status())
        .isEqualTo(AuthorisationStatus.REVOKED);
    AuthorisationFinding none = AuthorisationEvidence.find(List.of(), TODAY);
    assertThat(none.status()).isEqualTo(AuthorisationStatus.NONE);
    assertThat(none.summary()).isEqualTo("no authorisation registered");
  }

  @Test
  void anAuthorisationCoversItsAssetOrAllOfThem() {
    BrandAuthorisation one = authorisation(null, null);
    one.assetId = UUID.randomUUID();
    assertThat(one.covers(List.of(one.assetId.toString()))).isTrue();
    assertThat(one.covers(List.of(UUID.randomUUID().toString()))).isFalse();
    assertThat(one.covers(List.of())).isTrue();
    assertThat(authorisation(null, null).covers(List.of(UUID.randomUUID().toString()))).isTrue();
  }

  private static ProtectionAsset asset(String markText) {
    ProtectionAsset asset = new ProtectionAsset();
    asset.id = UUID.randomUUID();
    asset.markText = markText;
    asset.pdqHashes = List.of();
    asset.pdqQualities = List.of();
    return asset;
  }

  private static BrandAuthorisation authorisation(LocalDate from, LocalDate until) {
    BrandAuthorisation a = new BrandAuthorisation();
    a.id = UUID.randomUUID();
    a.accountId = "seller-1";
    a.accountType = AccountType.SELLER;
    a.validFrom = from;
    a.validUntil = until;
    return a;
  }
}
