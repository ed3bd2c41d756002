package com.shopwarden.enforcement.statement;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.ContentKind;
import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.Detection;
import com.shopwarden.contracts.ViolationSource;
import com.shopwarden.contracts.enforcement.MeasureType;
import com.shopwarden.enforcement.measure.Measure;
import com.shopwarden.enforcement.measure.MeasureEvents;
import com.shopwarden.enforcement.policy.StatementMapping;
import com.shopwarden.enforcement.violation.Violation;
import com.shopwarden.market.Market;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a statement of reasons in the Transparency Database format from a measure, its violation
 * (when it answers one content item) and the policy's mapping. It states ids, codes and dates only:
 * no personal data.
 */
public final class StatementBuilder {

  private StatementBuilder() {}

  /** Whether a measure of this type needs a statement: everything but a bare warning restricts. */
  public static boolean restricts(MeasureType type) {
    return type != MeasureType.WARNING;
  }

  public static Map<String, Object> build(
      Measure m, Violation v, StatementMapping mapping, Market market, String puid) {
    Map<String, Object> s = new LinkedHashMap<>();
    String endDate = m.endsAt == null ? null : market.legalDate(m.endsAt).toString();
    decision(m.type, endDate, s);
    if (m.accountType == AccountType.SELLER) {
      s.put("account_type", "ACCOUNT_TYPE_BUSINESS");
    }
    s.put("decision_facts", facts(m, v));
    s.put("decision_ground", mapping.ground());
    if (mapping.referenceUrl() != null) {
      s.put("decision_ground_reference_url", mapping.referenceUrl());
    }
    if ("DECISION_GROUND_ILLEGAL_CONTENT".equals(mapping.ground())) {
      s.put("illegal_content_legal_ground", mapping.legalGround());
      s.put("illegal_content_explanation", mapping.explanation());
    } else {
      s.put("incompatible_content_ground", mapping.legalGround());
      s.put("incompatible_content_explanation", mapping.explanation());
      if (mapping.incompatibleIllegal() != null) {
        s.put("incompatible_content_illegal", mapping.incompatibleIllegal());
      }
    }
    if (v != null) {
      s.put("content_type", List.of(contentType(v.contentKind)));
    } else {
      s.put("content_type", List.of("CONTENT_TYPE_OTHER"));
      s.put("content_type_other", "Account");
    }
    s.put("category", mapping.category());
    if (!mapping.keywords().isEmpty()) {
      s.put("category_specification", mapping.keywords());
    }
    s.put("territorial_scope", List.of(market.code().name()));
    if (v != null && v.language != null) {
      s.put("content_language", v.language.toUpperCase(Locale.ROOT));
    }
    String applied = market.legalDate(m.startsAt).toString();
    s.put("content_date", v != null ? v.contentDate.toString() : applied);
    s.put("application_date", applied);
    s.put("source_type", sourceType(v == null ? ViolationSource.VOLUNTARY : v.source));
    s.put("automated_detection", v != null && v.detection == Detection.AUTOMATED ? "Yes" : "No");
    s.put("automated_decision", automatedDecision(m.decidedBy, v));
    s.put("puid", puid);
    if (v != null && v.ean != null) {
      s.put("content_id", Map.of("EAN-13", v.ean));
    }
    return s;
  }

  private static void decision(MeasureType type, String endDate, Map<String, Object> s) {
    switch (type) {
      case REMOVE_CONTENT ->
          s.put("decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_REMOVED"));
      case DELIST_PRODUCT ->
          s.put("decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_DISABLED"));
      case LIMIT_VISIBILITY -> {
        s.put("decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_DEMOTED"));
        putEnd(s, "end_date_visibility_restriction", endDate);
      }
      case SUSPEND_LIVE, RESTRICT_CAMPAIGNS, LIMIT_NEW_LISTINGS -> {
        s.put("decision_provision", "DECISION_PROVISION_PARTIAL_SUSPENSION");
        putEnd(s, "end_date_service_restriction", endDate);
      }
      case DEACTIVATE_SHOP -> {
        s.put("decision_provision", "DECISION_PROVISION_TOTAL_SUSPENSION");
        putEnd(s, "end_date_service_restriction", endDate);
      }
      case REVOKE_SELLING_PRIVILEGES -> {
        s.put("decision_provision", "DECISION_PROVISION_PARTIAL_TERMINATION");
        putEnd(s, "end_date_service_restriction", endDate);
      }
      case REMOVE_FROM_AFFILIATE -> {
        s.put("decision_monetary", "DECISION_MONETARY_OTHER");
        s.put("decision_monetary_other", "Removal from affiliate programmes");
        putEnd(s, "end_date_monetary_restriction", endDate);
      }
      case WITHHOLD_COMMISSION -> {
        s.put("decision_monetary", "DECISION_MONETARY_SUSPENSION");
        putEnd(s, "end_date_monetary_restriction", endDate);
      }
      case SUSPEND_ACCOUNT -> {
        s.put("decision_account", "DECISION_ACCOUNT_SUSPENDED");
        putEnd(s, "end_date_account_restriction", endDate);
      }
      case TERMINATE_ACCOUNT -> s.put("decision_account", "DECISION_ACCOUNT_TERMINATED");
      case WARNING -> {
        // A warning restricts nothing; no statement is built for it.
      }
    }
  }

  private static void putEnd(Map<String, Object> s, String field, String endDate) {
    if (endDate != null) {
      s.put(field, endDate);
    }
  }

  private static String facts(Measure m, Violation v) {
    String measure = m.type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    if (v == null) {
      // Account-level measures answer no single item: say which rule applied and on what count.
      int counted = MeasureEvents.violationKeys(m).size();
      String why =
          switch (m.trigger) {
            case REPEAT_RULE ->
                "because policy "
                    + m.policyCode
                    + " was violated "
                    + counted
                    + " times within the policy's repeat window";
            case REPEAT_INFRINGER ->
                "under the marketplace's repeat infringer policy, after "
                    + (counted == 0 ? "repeated" : Integer.toString(counted))
                    + " intellectual property strikes";
            case MILESTONE, VIOLATION ->
                "because its violation points reached a milestone of the marketplace's account"
                    + " health policy";
          };
      return "The measure '"
          + measure
          + "' was applied to the account "
          + why
          + " (policy version "
          + m.policyVersion
          + ").";
    }
    String found =
        switch (v.source) {
          case ARTICLE_16 -> "after a notice";
          case TRUSTED_FLAGGER -> "after a notice from a trusted flagger";
          case VOLUNTARY -> "on the platform's own initiative";
        };
    return "The "
        + v.contentKind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + " (content id "
        + v.contentId
        + ", version "
        + v.contentVersion
        + ") was found to violate policy "
        + v.policyCode
        + " ("
        + v.severity.name().toLowerCase(Locale.ROOT)
        + " severity) "
        + found
        + "; the measure '"
        + measure
        + "' was applied.";
  }

  private static String contentType(ContentKind kind) {
    return switch (kind) {
      case SHORT_VIDEO, LIVESTREAM_SEGMENT -> "CONTENT_TYPE_VIDEO";
      case PRODUCT_LISTING -> "CONTENT_TYPE_PRODUCT";
      case IMAGE -> "CONTENT_TYPE_IMAGE";
    };
  }

  private static String sourceType(ViolationSource source) {
    return switch (source) {
      case VOLUNTARY -> "SOURCE_VOLUNTARY";
      case ARTICLE_16 -> "SOURCE_ARTICLE_16";
      case TRUSTED_FLAGGER -> "SOURCE_TRUSTED_FLAGGER";
    };
  }

  private static String automatedDecision(DecisionMode decidedBy, Violation v) {
    if (decidedBy == DecisionMode.AUTOMATED) {
      return "AUTOMATED_DECISION_FULLY";
    }
    // A person decided on what a strategy flagged: partly automated.
    if (v != null && v.detection == Detection.AUTOMATED) {
      return "AUTOMATED_DECISION_PARTIALLY";
    }
    return "AUTOMATED_DECISION_NOT_AUTOMATED";
  }
}
