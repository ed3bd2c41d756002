package com.shopwarden.ipr.holder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Request and response bodies of the rights-holder API. */
public final class RightsHolderApi {

  private RightsHolderApi() {}

  /**
   * Registers an organisation.
   *
   * @param organisationId the organisation's id; a rights-holder user may omit it (their {@code
   *     org_id} claim is used) and may not name another
   * @param legalName the registered business name (a company, not a person)
   * @param market the market where the organisation is registered
   */
  public record Registration(
      @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+") String organisationId,
      @NotBlank @Size(max = 300) String legalName,
      @NotBlank @Size(max = 8) String market) {}

  /**
   * Records a document handed in for verification.
   *
   * @param kind what the document proves
   * @param reference its reference in the document store
   */
  public record DocumentRecord(
      @NotNull DocumentKind kind, @NotBlank @Size(max = 300) String reference) {}

  /**
   * An ipr-agent's verification decision.
   *
   * @param outcome VERIFIED or REFUSED
   * @param note why
   */
  public record VerificationDecision(
      @NotNull VerificationStatus outcome, @Size(max = 2000) String note) {}

  /**
   * Grants or removes priority status.
   *
   * @param status the new status
   * @param reference the designation or programme agreement it rests on
   */
  public record TrustChange(@NotNull TrustStatus status, @Size(max = 300) String reference) {}

  /** A document as shown back. */
  public record DocumentView(DocumentKind kind, String reference, Instant recordedAt) {}

  /** An organisation as shown to its members and staff. */
  public record OrganisationView(
      String organisationId,
      String legalName,
      String market,
      VerificationStatus verificationStatus,
      TrustStatus trustStatus,
      List<DocumentView> documents,
      Instant createdAt) {}
}
