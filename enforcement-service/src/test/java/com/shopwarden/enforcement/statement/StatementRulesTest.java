package com.shopwarden.enforcement.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.contracts.enforcement.FailedField;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The statement rule set against the Transparency Database's own accepted example and enums
 * (../shared/testdata/dsa-transparency-db), and negative cases named by field.
 */
class StatementRulesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theDatabasesAcceptedExampleIsValid() throws IOException {
    assertThat(StatementRules.validate(example())).isEmpty();
  }

  @Test
  void shippedEnumerationsEqualTheReferenceData() throws IOException {
    Map<String, List<String>> reference =
        JSON.readValue(
            Files.readString(testdata().resolve("enums.json")),
            new TypeReference<Map<String, List<String>>>() {});
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("dsa/transparency-enums.json")) {
      assertThat(JSON.readValue(in, new TypeReference<Map<String, List<String>>>() {}))
          .isEqualTo(reference);
    }
  }

  @Test
  void retiredCategoryIsRejected() throws IOException {
    assertFails(
        s -> s.put("category", "STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS"), "category");
  }

  @Test
  void territorialScopeTakesEeaCodesOnly() throws IOException {
    assertFails(s -> s.put("territorial_scope", List.of("EL")), "territorial_scope");
    assertFails(s -> s.put("territorial_scope", List.of("DE", "GB")), "territorial_scope");
    assertFails(s -> s.put("territorial_scope", List.of()), "territorial_scope");
  }

  @Test
  void puidAndEanAreChecked() throws IOException {
    assertFails(s -> s.put("puid", "not allowed!"), "puid");
    assertFails(s -> s.put("puid", "p".repeat(501)), "puid");
    assertFails(s -> s.put("content_id", Map.of("EAN-13", "012345678912")), "content_id");
    assertFails(s -> s.put("content_id", Map.of("ISBN", "0123456789123")), "content_id");
  }

  @Test
  void datesMustBeInRangeAndEndsNotBeforeApplication() throws IOException {
    assertFails(
        s -> s.put("end_date_monetary_restriction", "2023-08-07"), "end_date_monetary_restriction");
    assertFails(s -> s.put("content_date", "1999-12-31"), "content_date");
    assertFails(s -> s.put("application_date", "2019-12-31"), "application_date");
    assertFails(s -> s.put("application_date", "2023-02-30"), "application_date");
    assertFails(s -> s.remove("application_date"), "application_date");
  }

  @Test
  void groundFieldsFollowTheChosenGround() throws IOException {
    assertFails(
        s -> s.put("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT"),
        "illegal_content_legal_ground",
        "illegal_content_explanation",
        "incompatible_content_ground",
        "incompatible_content_explanation",
        "incompatible_content_illegal");
    assertFails(
        s -> s.remove("incompatible_content_explanation"), "incompatible_content_explanation");
    assertFails(
        s -> s.put("decision_ground_reference_url", "not a url"), "decision_ground_reference_url");
  }

  @Test
  void decisionsNeedAtLeastOneAndOtherNeedsItsText() throws IOException {
    assertFails(
        s -> {
          s.remove("decision_visibility");
          s.remove("decision_monetary");
          s.remove("end_date_monetary_restriction");
          s.remove("decision_provision");
          s.remove("decision_account");
        },
        "decision_visibility");
    assertFails(
        s -> s.put("decision_visibility", List.of("DECISION_VISIBILITY_OTHER")),
        "decision_visibility_other");
    assertFails(
        s -> s.put("decision_monetary", "DECISION_MONETARY_OTHER"), "decision_monetary_other");
    assertFails(s -> s.put("content_type", List.of("CONTENT_TYPE_OTHER")), "content_type_other");
    assertFails(s -> s.put("content_type", List.of("CONTENT_TYPE_HOLOGRAM")), "content_type");
  }

  @Test
  void sourceLanguageAutomationAndKeywordsAreChecked() throws IOException {
    assertFails(
        s -> {
          s.put("source_type", "SOURCE_VOLUNTARY");
          s.put("source_identity", "someone");
        },
        "source_identity");
    assertFails(s -> s.put("content_language", "en"), "content_language");
    assertFails(s -> s.put("automated_detection", "Maybe"), "automated_detection");
    assertFails(s -> s.remove("automated_decision"), "automated_decision");
    assertFails(
        s -> s.put("category_specification", List.of("KEYWORD_DANGEROUS_TOYS")),
        "category_specification");
    assertFails(
        s -> s.put("category_specification", List.of("KEYWORD_OTHER")),
        "category_specification_other");
    assertFails(s -> s.put("decision_facts", "f".repeat(5001)), "decision_facts");
    assertFails(s -> s.put("internal_note", "x"), "internal_note");
  }

  private static void assertFails(Consumer<Map<String, Object>> change, String... fields)
      throws IOException {
    Map<String, Object> statement = example();
    change.accept(statement);
    List<FailedField> failed = StatementRules.validate(statement);
    assertThat(failed).extracting(FailedField::field).containsExactlyInAnyOrder(fields);
  }

  static Map<String, Object> example() throws IOException {
    return new LinkedHashMap<>(
        JSON.readValue(
            Files.readString(testdata().resolve("example-valid.json")),
            new TypeReference<Map<String, Object>>() {}));
  }

  static Path testdata() {
    for (String base : List.of("../shared", "../../shared")) {
      Path dir = Path.of(base, "testdata", "dsa-transparency-db");
      if (Files.isDirectory(dir)) {
        return dir;
      }
    }
    throw new IllegalStateException("../shared/testdata/dsa-transparency-db not found");
  }
}
