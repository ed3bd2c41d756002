package com.shopwarden.enforcement.statement;

import com.shopwarden.contracts.enforcement.FailedField;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The full rule set of the DSA Transparency Database API v1 for one statement of reasons
 * (StatementStoreRequest), checked before a statement is stored. Unknown fields fail too: what we
 * file must be exactly what we meant to file.
 */
public final class StatementRules {

  private static final Pattern PUID = Pattern.compile("^[a-zA-Z0-9-_]+$");
  private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
  private static final Pattern EAN_13 = Pattern.compile("^\\d{13}$");

  private static final Set<String> KNOWN =
      Set.of(
          "decision_visibility",
          "decision_visibility_other",
          "decision_monetary",
          "decision_monetary_other",
          "decision_provision",
          "decision_account",
          "account_type",
          "decision_facts",
          "decision_ground",
          "decision_ground_reference_url",
          "illegal_content_legal_ground",
          "illegal_content_explanation",
          "incompatible_content_ground",
          "incompatible_content_explanation",
          "incompatible_content_illegal",
          "content_type",
          "content_type_other",
          "category",
          "category_addition",
          "category_specification",
          "category_specification_other",
          "territorial_scope",
          "content_language",
          "content_date",
          "application_date",
          "end_date_account_restriction",
          "end_date_monetary_restriction",
          "end_date_service_restriction",
          "end_date_visibility_restriction",
          "source_type",
          "source_identity",
          "automated_detection",
          "automated_decision",
          "puid",
          "content_id");

  private StatementRules() {}

  /** Every rule the statement breaks; empty when it is valid. */
  public static List<FailedField> validate(Map<String, Object> s) {
    List<FailedField> failed = new ArrayList<>();
    for (String field : s.keySet()) {
      if (!KNOWN.contains(field)) {
        failed.add(new FailedField(field, "is not a field of the statement format"));
      }
    }
    decisions(s, failed);
    optionalEnum(s, "account_type", "ACCOUNT_TYPES", failed);
    requiredText(s, "decision_facts", 5000, failed);
    grounds(s, failed);
    contentType(s, failed);
    categories(s, failed);
    enumArray(s, "territorial_scope", "EUROPEAN_COUNTRY_CODES", true, failed);
    optionalEnum(s, "content_language", "ALL_LANGUAGES", failed);
    LocalDate applied = date(s, "application_date", true, LocalDate.of(2020, 1, 1), failed);
    date(s, "content_date", true, LocalDate.of(2000, 1, 1), failed);
    for (String end :
        List.of(
            "end_date_account_restriction",
            "end_date_monetary_restriction",
            "end_date_service_restriction",
            "end_date_visibility_restriction")) {
      LocalDate ends = date(s, end, false, LocalDate.of(2020, 1, 1), failed);
      if (ends != null && applied != null && ends.isBefore(applied)) {
        failed.add(new FailedField(end, "must not be before application_date"));
      }
    }
    source(s, failed);
    requiredEnum(s, "automated_detection", "AUTOMATED_DETECTIONS", failed);
    requiredEnum(s, "automated_decision", "AUTOMATED_DECISIONS", failed);
    puid(s, failed);
    contentId(s, failed);
    return failed;
  }

  private static void decisions(Map<String, Object> s, List<FailedField> failed) {
    if (!s.containsKey("decision_visibility")
        && !s.containsKey("decision_monetary")
        && !s.containsKey("decision_provision")
        && !s.containsKey("decision_account")) {
      failed.add(
          new FailedField(
              "decision_visibility",
              "one of decision_visibility, decision_monetary, decision_provision and"
                  + " decision_account is required"));
    }
    enumArray(s, "decision_visibility", "DECISION_VISIBILITIES", false, failed);
    otherText(
        s,
        "decision_visibility_other",
        contains(s.get("decision_visibility"), "DECISION_VISIBILITY_OTHER"),
        failed);
    optionalEnum(s, "decision_monetary", "DECISION_MONETARIES", failed);
    otherText(
        s,
        "decision_monetary_other",
        "DECISION_MONETARY_OTHER".equals(s.get("decision_monetary")),
        failed);
    optionalEnum(s, "decision_provision", "DECISION_PROVISIONS", failed);
    optionalEnum(s, "decision_account", "DECISION_ACCOUNTS", failed);
  }

  private static void grounds(Map<String, Object> s, List<FailedField> failed) {
    requiredEnum(s, "decision_ground", "DECISION_GROUNDS", failed);
    Object url = s.get("decision_ground_reference_url");
    if (url != null && (!(url instanceof String text) || text.length() > 500 || !isUrl(text))) {
      failed.add(new FailedField("decision_ground_reference_url", "must be a URL of at most 500"));
    }
    boolean illegal = "DECISION_GROUND_ILLEGAL_CONTENT".equals(s.get("decision_ground"));
    boolean incompatible = "DECISION_GROUND_INCOMPATIBLE_CONTENT".equals(s.get("decision_ground"));
    conditionalText(s, "illegal_content_legal_ground", illegal, 500, failed);
    conditionalText(s, "illegal_content_explanation", illegal, 2000, failed);
    conditionalText(s, "incompatible_content_ground", incompatible, 500, failed);
    conditionalText(s, "incompatible_content_explanation", incompatible, 2000, failed);
    if (s.containsKey("incompatible_content_illegal")) {
      if (!incompatible) {
        failed.add(
            new FailedField(
                "incompatible_content_illegal",
                "only allowed with DECISION_GROUND_INCOMPATIBLE_CONTENT"));
      } else {
        optionalEnum(s, "incompatible_content_illegal", "INCOMPATIBLE_CONTENT_ILLEGALS", failed);
      }
    }
  }

  private static void contentType(Map<String, Object> s, List<FailedField> failed) {
    enumArray(s, "content_type", "CONTENT_TYPES", true, failed);
    otherText(
        s, "content_type_other", contains(s.get("content_type"), "CONTENT_TYPE_OTHER"), failed);
  }

  private static void categories(Map<String, Object> s, List<FailedField> failed) {
    requiredEnum(s, "category", "STATEMENT_CATEGORIES", failed);
    enumArray(s, "category_addition", "STATEMENT_CATEGORIES", false, failed);
    enumArray(s, "category_specification", "KEYWORDS", false, failed);
    otherText(
        s,
        "category_specification_other",
        contains(s.get("category_specification"), "KEYWORD_OTHER"),
        failed);
  }

  private static void source(Map<String, Object> s, List<FailedField> failed) {
    requiredEnum(s, "source_type", "SOURCE_TYPES", failed);
    Object identity = s.get("source_identity");
    if (identity != null) {
      if ("SOURCE_VOLUNTARY".equals(s.get("source_type"))) {
        failed.add(new FailedField("source_identity", "must be omitted with SOURCE_VOLUNTARY"));
      } else if (!(identity instanceof String text) || text.length() > 500) {
        failed.add(new FailedField("source_identity", "must be text of at most 500"));
      }
    }
  }

  private static void puid(Map<String, Object> s, List<FailedField> failed) {
    Object puid = s.get("puid");
    if (!(puid instanceof String text) || text.isEmpty()) {
      failed.add(new FailedField("puid", "is required"));
    } else if (text.length() > 500 || !PUID.matcher(text).matches()) {
      failed.add(new FailedField("puid", "must match ^[a-zA-Z0-9-_]+$, at most 500"));
    }
  }

  private static void contentId(Map<String, Object> s, List<FailedField> failed) {
    Object id = s.get("content_id");
    if (id == null) {
      return;
    }
    if (!(id instanceof Map<?, ?> map)
        || map.size() != 1
        || !(map.get("EAN-13") instanceof String ean)
        || !EAN_13.matcher(ean).matches()) {
      failed.add(new FailedField("content_id", "must be {\"EAN-13\": 13 digits}"));
    }
  }

  private static void requiredEnum(
      Map<String, Object> s, String field, String values, List<FailedField> failed) {
    if (!s.containsKey(field) || s.get(field) == null) {
      failed.add(new FailedField(field, "is required"));
      return;
    }
    optionalEnum(s, field, values, failed);
  }

  private static void optionalEnum(
      Map<String, Object> s, String field, String values, List<FailedField> failed) {
    Object value = s.get(field);
    if (value != null && !TransparencyEnums.of(values).contains(value)) {
      failed.add(new FailedField(field, "is not an allowed value"));
    }
  }

  private static void enumArray(
      Map<String, Object> s,
      String field,
      String values,
      boolean required,
      List<FailedField> failed) {
    Object value = s.get(field);
    if (value == null) {
      if (required) {
        failed.add(new FailedField(field, "is required"));
      }
      return;
    }
    if (!(value instanceof Collection<?> items) || items.isEmpty()) {
      failed.add(new FailedField(field, "must be a non-empty array"));
      return;
    }
    for (Object item : items) {
      if (!TransparencyEnums.of(values).contains(item)) {
        failed.add(new FailedField(field, "holds a value that is not allowed: " + item));
        return;
      }
    }
  }

  private static void requiredText(
      Map<String, Object> s, String field, int max, List<FailedField> failed) {
    Object value = s.get(field);
    if (!(value instanceof String text) || text.isBlank()) {
      failed.add(new FailedField(field, "is required"));
    } else if (text.length() > max) {
      failed.add(new FailedField(field, "must be at most " + max + " characters"));
    }
  }

  private static void conditionalText(
      Map<String, Object> s, String field, boolean required, int max, List<FailedField> failed) {
    if (required) {
      requiredText(s, field, max, failed);
    } else if (s.containsKey(field)) {
      failed.add(new FailedField(field, "must be omitted for this decision_ground"));
    }
  }

  private static void otherText(
      Map<String, Object> s, String field, boolean required, List<FailedField> failed) {
    conditionalText(s, field, required, 500, failed);
  }

  private static LocalDate date(
      Map<String, Object> s,
      String field,
      boolean required,
      LocalDate min,
      List<FailedField> failed) {
    Object value = s.get(field);
    if (value == null) {
      if (required) {
        failed.add(new FailedField(field, "is required"));
      }
      return null;
    }
    if (!(value instanceof String text) || !DATE.matcher(text).matches()) {
      failed.add(new FailedField(field, "must be a date YYYY-MM-DD"));
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text);
      if (date.isBefore(min) || date.isAfter(LocalDate.of(2038, 1, 1))) {
        failed.add(new FailedField(field, "must be between " + min + " and 2038-01-01"));
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      failed.add(new FailedField(field, "is not a calendar date"));
      return null;
    }
  }

  private static boolean contains(Object array, String value) {
    return array instanceof Collection<?> items && items.contains(value);
  }

  private static boolean isUrl(String text) {
    try {
      URI uri = new URI(text);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
