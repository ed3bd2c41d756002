package com.shopwarden.ipr.evidence;

import com.shopwarden.ipr.authorisation.AuthorisationStatus;
import com.shopwarden.ipr.authorisation.BrandAuthorisation;
import com.shopwarden.ipr.evidence.Evidence.AuthorisationFinding;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the authorisation that speaks for an account on a notice: one in force (the longest
 * lasting), else one yet to start, else the one that ended last (expired or revoked).
 */
final class AuthorisationEvidence {

  private static final Comparator<LocalDate> LATEST_FIRST_OPEN_FIRST =
      Comparator.nullsFirst(Comparator.<LocalDate>reverseOrder());

  private AuthorisationEvidence() {}

  /**
   * @param granted the organisation's authorisations of the account that cover the cited assets
   * @param today the legal date in the notice's market
   */
  static AuthorisationFinding find(List<BrandAuthorisation> granted, LocalDate today) {
    Optional<BrandAuthorisation> active =
        granted.stream()
            .filter(a -> a.statusOn(today) == AuthorisationStatus.AUTHORISED)
            .min(Comparator.comparing(a -> a.validUntil, LATEST_FIRST_OPEN_FIRST));
    if (active.isPresent()) {
      BrandAuthorisation a = active.get();
      return finding(
          a,
          AuthorisationStatus.AUTHORISED,
          a.validUntil == null
              ? "authorised, without end date"
              : "authorised until " + a.validUntil);
    }
    Optional<BrandAuthorisation> coming =
        granted.stream()
            .filter(a -> a.statusOn(today) == AuthorisationStatus.NOT_YET_VALID)
            .min(Comparator.comparing(a -> a.validFrom));
    if (coming.isPresent()) {
      BrandAuthorisation a = coming.get();
      return finding(a, AuthorisationStatus.NOT_YET_VALID, "authorised from " + a.validFrom);
    }
    Optional<BrandAuthorisation> ended =
        granted.stream().max(Comparator.comparing(a -> endOf(a, today)));
    if (ended.isPresent()) {
      BrandAuthorisation a = ended.get();
      AuthorisationStatus status = a.statusOn(today);
      String summary =
          status == AuthorisationStatus.REVOKED
              ? "authorisation revoked on " + a.revokedAt
              : "authorisation expired on " + a.validUntil;
      return finding(a, status, summary);
    }
    return new AuthorisationFinding(
        AuthorisationStatus.NONE, null, null, null, null, "no authorisation registered");
  }

  private static LocalDate endOf(BrandAuthorisation a, LocalDate today) {
    if (a.revokedAt != null) {
      return a.revokedAt.atZone(ZoneOffset.UTC).toLocalDate();
    }
    return a.validUntil == null ? today : a.validUntil;
  }

  private static AuthorisationFinding finding(
      BrandAuthorisation a, AuthorisationStatus status, String summary) {
    return new AuthorisationFinding(status, a.id, a.assetId, a.validFrom, a.validUntil, summary);
  }
}
