package com.shopwarden.ipr.authorisation;

import com.shopwarden.contracts.AccountType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the brand authorisation registry. */
public final class AuthorisationApi {

  private AuthorisationApi() {}

  /**
   * An organisation authorises an account to use its marks.
   *
   * @param accountId the authorised creator's or seller's account
   * @param accountType CREATOR or SELLER
   * @param assetId the authorised asset; absent for all of the organisation's assets
   * @param validFrom first day of the authorisation; absent for "from now"
   * @param validUntil last day of the authorisation; absent for "until revoked"
   * @param reference the distribution or licence agreement it rests on
   */
  public record Grant(
      @NotBlank @Size(max = 200) String accountId,
      @NotNull AccountType accountType,
      UUID assetId,
      LocalDate validFrom,
      LocalDate validUntil,
      @Size(max = 300) String reference) {}

  /** An authorisation as shown, with its status today in the organisation's market. */
  public record AuthorisationView(
      UUID authorisationId,
      String organisationId,
      String accountId,
      AccountType accountType,
      UUID assetId,
      LocalDate validFrom,
      LocalDate validUntil,
      String reference,
      AuthorisationStatus status,
      Instant createdAt,
      Instant revokedAt) {

    static AuthorisationView of(BrandAuthorisation a, LocalDate today) {
      return new AuthorisationView(
          a.id,
          a.organisationId,
          a.accountId,
          a.accountType,
          a.assetId,
          a.validFrom,
          a.validUntil,
          a.reference,
          a.statusOn(today),
          a.createdAt,
          a.revokedAt);
    }
  }

  /**
   * A page of authorisations.
   *
   * @param nextCursor pass as {@code cursor} for the next page; {@code null} on the last page
   */
  public record AuthorisationList(List<AuthorisationView> authorisations, String nextCursor) {}
}
