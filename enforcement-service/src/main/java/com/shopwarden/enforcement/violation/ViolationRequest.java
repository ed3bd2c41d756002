package com.shopwarden.enforcement.violation;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.ContentKind;
import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.Detection;
import com.shopwarden.contracts.Severity;
import com.shopwarden.contracts.ViolationSource;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A platform's report of a confirmed violation; the violation key makes repeats harmless. */
public record ViolationRequest(
    @NotBlank @Size(max = 2) String market,
    @NotBlank @Size(max = 500) String violationKey,
    @NotBlank @Size(max = 200) String accountId,
    @NotNull AccountType accountType,
    @NotBlank @Size(max = 200) String contentId,
    @Min(1) @Max(1_000_000) int contentVersion,
    @NotNull ContentKind contentKind,
    @NotNull LocalDate contentDate,
    @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code in lower case")
        String language,
    @Pattern(regexp = "\\d{13}", message = "must be 13 digits") String ean,
    @NotBlank @Size(max = 100) String policyCode,
    @NotNull Severity severity,
    @NotNull Detection detection,
    @NotNull DecisionMode decision,
    @NotNull ViolationSource source,
    @Size(max = 200) String strategyId,
    @Min(1) Integer strategyVersion,
    @NotBlank @Size(max = 200) String evidenceSnapshotId,
    @Size(max = 200) String noticeId) {

  ViolationFacts toFacts(String canonicalMarket) {
    return new ViolationFacts(
        canonicalMarket,
        violationKey,
        accountId,
        accountType,
        contentId,
        contentVersion,
        contentKind,
        contentDate,
        language,
        ean,
        policyCode,
        severity,
        detection,
        decision,
        source,
        strategyId,
        strategyVersion,
        evidenceSnapshotId,
        noticeId);
  }
}
