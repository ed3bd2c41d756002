package com.shopwarden.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopwarden.contracts.health.HealthChanged;
import com.shopwarden.contracts.moderation.ViolationConfirmed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A payload the contract does not allow is rejected by the schema and by the reader alike, and the
 * reader names the field.
 */
class RejectionTest {

  private static final EventJson EVENT_JSON = new EventJson();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every field each schema lists as required, for every event type. */
  static Stream<Arguments> requiredFields() {
    List<Arguments> cases = new ArrayList<>();
    for (EventType type : EventTypes.all()) {
      for (JsonNode field : ContractSchemas.tree(type).get("required")) {
        cases.add(Arguments.of(type, field.asText()));
      }
    }
    return cases.stream();
  }

  /** Every top-level property of every sample, to drop one at a time. */
  static Stream<Arguments> sampleFields() {
    List<Arguments> cases = new ArrayList<>();
    for (EventType type : EventTypes.all()) {
      sample(type).fieldNames().forEachRemaining(field -> cases.add(Arguments.of(type, field)));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} without {1}")
  @MethodSource("requiredFields")
  void aMissingRequiredFieldIsRejectedByBothAndNamed(EventType type, String field) {
    ObjectNode payload = sample(type);
    payload.remove(field);

    assertThat(ContractSchemas.validate(type, payload))
        .anySatisfy(
            error -> {
              assertThat(error.getType()).isEqualTo("required");
              assertThat(error.getProperty()).isEqualTo(field);
            });
    EventReadException rejection = readFails(type, payload);
    assertThat(rejection.field()).isEqualTo(field);
    assertThat(rejection.getMessage()).isEqualTo(type.eventName() + ": " + field + " is required");
  }

  @ParameterizedTest(name = "{0} without {1}")
  @MethodSource("sampleFields")
  void schemaAndReaderAgreeOnWhichFieldsMayBeLeftOut(EventType type, String field) {
    ObjectNode payload = sample(type);
    payload.remove(field);

    boolean schemaAccepts = ContractSchemas.validate(type, payload).isEmpty();
    boolean readerAccepts = readsWithoutFailure(type, payload);

    assertThat(readerAccepts).as("reader accepts").isEqualTo(schemaAccepts);
  }

  @Test
  void aViolationWithoutAccountIsRejected() {
    ObjectNode payload = sample(EventType.VIOLATION_CONFIRMED);
    payload.remove("accountId");

    assertThat(ContractSchemas.validate(EventType.VIOLATION_CONFIRMED, payload))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.getProperty()).isEqualTo("accountId");
              assertThat(error.getMessage()).endsWith("required property 'accountId' not found");
            });
    assertThatThrownBy(
            () -> EVENT_JSON.read(JSON.writeValueAsString(payload), ViolationConfirmed.class))
        .isInstanceOf(EventReadException.class)
        .hasMessage("ViolationConfirmed: accountId is required");
  }

  @Test
  void aHealthChangeWithoutEventIdIsRejected() {
    ObjectNode payload = sample(EventType.HEALTH_CHANGED);
    payload.remove("eventId");

    assertThat(ContractSchemas.validate(EventType.HEALTH_CHANGED, payload)).isNotEmpty();
    assertThatThrownBy(() -> EVENT_JSON.read(JSON.writeValueAsString(payload), HealthChanged.class))
        .isInstanceOf(EventReadException.class)
        .hasMessage("HealthChanged: eventId is required");
  }

  static Stream<Arguments> nestedAndMalformedFields() {
    return Stream.of(
        Arguments.of(
            EventType.HEALTH_CHANGED,
            (Consumer<ObjectNode>)
                p -> ((ObjectNode) p.get("milestoneCrossed")).remove("direction"),
            "milestoneCrossed.direction",
            "HealthChanged: milestoneCrossed.direction is required"),
        Arguments.of(
            EventType.STATEMENT_INVALID,
            (Consumer<ObjectNode>)
                p -> ((ObjectNode) p.get("failedFields").get(1)).remove("problem"),
            "failedFields[1].problem",
            "StatementInvalid: failedFields[1].problem is required"),
        Arguments.of(
            EventType.COMMERCE_SIGNAL,
            (Consumer<ObjectNode>) p -> ((ObjectNode) p.get("period")).remove("end"),
            "period.end",
            "CommerceSignal: period.end is required"),
        Arguments.of(
            EventType.STRATEGY_ROLLED_BACK,
            (Consumer<ObjectNode>) p -> ((ObjectNode) p.get("figures")).remove("decisions"),
            "figures.decisions",
            "StrategyRolledBack: figures.decisions is required"),
        Arguments.of(
            EventType.VIOLATION_CONFIRMED,
            (Consumer<ObjectNode>) p -> p.put("severity", "EXTREME"),
            "severity",
            "ViolationConfirmed: severity must be one of LOW, MEDIUM, HIGH, CRITICAL"),
        Arguments.of(
            EventType.ACTION_APPLIED,
            (Consumer<ObjectNode>) p -> p.put("eventId", "not-a-uuid"),
            "eventId",
            "ActionApplied: eventId must be a UUID"),
        Arguments.of(
            EventType.ACTION_APPLIED,
            (Consumer<ObjectNode>) p -> p.put("startsAt", "14/03/2025 09:26"),
            "startsAt",
            "ActionApplied: startsAt must be an RFC 3339 timestamp"),
        Arguments.of(
            EventType.ACTION_APPLIED,
            (Consumer<ObjectNode>) p -> p.put("points", "12"),
            "points",
            "ActionApplied: points must be an integer"),
        Arguments.of(
            EventType.ACTION_APPLIED,
            (Consumer<ObjectNode>) p -> p.put("points", 2.5),
            "points",
            "ActionApplied: points must be an integer"),
        Arguments.of(
            EventType.ACTION_APPLIED,
            (Consumer<ObjectNode>) p -> p.put("points", -1),
            "points",
            "ActionApplied: points must be at least 0"),
        Arguments.of(
            EventType.ACTION_APPLIED,
            (Consumer<ObjectNode>) p -> p.putNull("accountType"),
            "accountType",
            "ActionApplied: accountType is required"),
        Arguments.of(
            EventType.VIOLATION_CONFIRMED,
            (Consumer<ObjectNode>) p -> p.put("market", "Indonesia"),
            "market",
            "ViolationConfirmed: market must be a two-letter upper-case market code"),
        Arguments.of(
            EventType.VIOLATION_CONFIRMED,
            (Consumer<ObjectNode>) p -> p.put("contentDate", "12.03.2025"),
            "contentDate",
            "ViolationConfirmed: contentDate must be a date (YYYY-MM-DD)"),
        Arguments.of(
            EventType.HEALTH_CHANGED,
            (Consumer<ObjectNode>) p -> p.put("rating", 640),
            "rating",
            "HealthChanged: exactly one of activePoints and rating is required"),
        Arguments.of(
            EventType.NOTICE_UPHELD,
            (Consumer<ObjectNode>) p -> p.put("source", "VOLUNTARY"),
            "source",
            "NoticeUpheld: source must be ARTICLE_16 or TRUSTED_FLAGGER"),
        Arguments.of(
            EventType.NOTICE_RETRACTED,
            (Consumer<ObjectNode>) p -> p.putArray("violationKeys"),
            "violationKeys",
            "NoticeRetracted: violationKeys must not be empty"),
        Arguments.of(
            EventType.PROTECTION_ASSET_PUBLISHED,
            (Consumer<ObjectNode>) p -> ((ArrayNode) p.get("pdqHashes")).add("ABC"),
            "pdqHashes",
            "ProtectionAssetPublished: pdqHashes must be 64 lower-case hex digits each"),
        Arguments.of(
            EventType.ACTION_EXPIRED,
            (Consumer<ObjectNode>) p -> p.put("points", 4),
            "points",
            "ActionExpired: points must be 0 when there are no violations"),
        Arguments.of(
            EventType.NOTIFICATION_REQUESTED,
            (Consumer<ObjectNode>) p -> ((ObjectNode) p.get("recipient")).remove("accountType"),
            "recipient.accountType",
            "NotificationRequested: recipient.accountType is required"),
        Arguments.of(
            EventType.PRIVILEGES_CHANGED,
            (Consumer<ObjectNode>)
                p ->
                    ((ObjectNode) p.get("privileges").get("eligibility"))
                        .put("LIVE_SELLING", "yes"),
            "privileges.eligibility.LIVE_SELLING",
            "PrivilegesChanged: privileges.eligibility.LIVE_SELLING must be true or false"),
        Arguments.of(
            EventType.PRIVILEGES_CHANGED,
            (Consumer<ObjectNode>)
                p -> ((ObjectNode) p.get("privileges")).put("affiliateCommissionRate", 1.5),
            "privileges.affiliateCommissionRate",
            "PrivilegesChanged: privileges.affiliateCommissionRate must be within 0 and 1"),
        Arguments.of(
            EventType.HEALTH_CHANGED,
            (Consumer<ObjectNode>) p -> p.put("recentViolations", -1),
            "recentViolations",
            "HealthChanged: recentViolations must be at least 0"),
        Arguments.of(
            EventType.NOTICE_UPHELD,
            (Consumer<ObjectNode>) p -> p.put("ean", "400638133393"),
            "ean",
            "NoticeUpheld: ean must be 13 digits (EAN-13)"),
        Arguments.of(
            EventType.PROTECTION_ASSET_PUBLISHED,
            (Consumer<ObjectNode>) p -> ((ArrayNode) p.get("pdqQualities")).set(0, 101),
            "pdqQualities",
            "ProtectionAssetPublished: pdqQualities must be 0 to 100 each"),
        Arguments.of(
            EventType.ACTION_APPLIED,
            (Consumer<ObjectNode>) p -> p.remove("severity"),
            "severity",
            "ActionApplied: policyCode and severity come together or not at all"));
  }

  @Test
  void checksJsonSchemaCannotExpressAreTheReaders() {
    ObjectNode wrongCheckDigit = sample(EventType.NOTICE_UPHELD);
    wrongCheckDigit.put("ean", "4006381333932");
    ObjectNode qualitiesWithoutTheirHashes = sample(EventType.PROTECTION_ASSET_PUBLISHED);
    ((ArrayNode) qualitiesWithoutTheirHashes.get("pdqQualities")).add(80);

    assertThat(ContractSchemas.validate(EventType.NOTICE_UPHELD, wrongCheckDigit)).isEmpty();
    assertThat(readFails(EventType.NOTICE_UPHELD, wrongCheckDigit).getMessage())
        .isEqualTo("NoticeUpheld: ean has a wrong EAN-13 check digit");
    assertThat(
            ContractSchemas.validate(
                EventType.PROTECTION_ASSET_PUBLISHED, qualitiesWithoutTheirHashes))
        .isEmpty();
    assertThat(readFails(EventType.PROTECTION_ASSET_PUBLISHED, qualitiesWithoutTheirHashes))
        .hasMessage(
            "ProtectionAssetPublished: pdqQualities must be empty or give one quality per hash");
  }

  @Test
  void theOrderOfTwoInstantsIsCheckedByTheReaderAloneAsJsonSchemaCannotCompareFields() {
    ObjectNode period = sample(EventType.COMMERCE_SIGNAL);
    ((ObjectNode) period.get("period")).put("end", "2025-03-12T00:00:00Z");
    ObjectNode measure = sample(EventType.ACTION_REVERSED);
    measure.put("endsAt", "2025-03-01T00:00:00Z");

    assertThat(readFails(EventType.COMMERCE_SIGNAL, period).getMessage())
        .isEqualTo("CommerceSignal: period.end must be after start");
    assertThat(readFails(EventType.ACTION_REVERSED, measure).getMessage())
        .isEqualTo("ActionReversed: endsAt must be after the start");
  }

  @ParameterizedTest(name = "{0}: {3}")
  @MethodSource("nestedAndMalformedFields")
  void aWrongFieldIsRejectedByBothAndNamedByItsPath(
      EventType type, Consumer<ObjectNode> damage, String field, String message) {
    ObjectNode payload = sample(type);
    damage.accept(payload);

    EventReadException rejection = readFails(type, payload);

    assertThat(ContractSchemas.validate(type, payload)).isNotEmpty();
    assertThat(rejection.field()).isEqualTo(field);
    assertThat(rejection.getMessage()).isEqualTo(message);
  }

  @Test
  void aPayloadThatIsNotAnEventObjectIsRejectedWithoutAField() {
    Set<String> payloads = Set.of("{\"eventId\":", "[]", "", "null", "{} trailing", "\"text\"");
    for (String payload : payloads) {
      EventReadException rejection =
          catchThrowableOfType(
              EventReadException.class, () -> EVENT_JSON.read(payload, ViolationConfirmed.class));
      assertThat(rejection).as(payload).isNotNull();
      assertThat(rejection.field()).isNull();
      assertThat(rejection.getMessage()).startsWith("ViolationConfirmed: payload ");
    }
    assertThatThrownBy(() -> EVENT_JSON.read((byte[]) null, ViolationConfirmed.class))
        .hasMessage("ViolationConfirmed: payload is missing");
  }

  @Test
  void anUnknownCloudEventsTypeIsRejected() {
    byte[] payload = EVENT_JSON.write(EventSamples.violationConfirmed());

    assertThatThrownBy(
            () -> EVENT_JSON.read("com.shopwarden.moderation.ViolationConfirmed.v9", payload))
        .isInstanceOf(EventReadException.class)
        .hasMessage(
            "unknown event type in ce_type: com.shopwarden.moderation.ViolationConfirmed.v9")
        .extracting(e -> ((EventReadException) e).field())
        .isEqualTo("ce_type");
  }

  @Test
  void readFailuresNeverLeakParserInternals() {
    List<String> messages = new ArrayList<>();
    requiredFields()
        .forEach(
            arguments -> {
              EventType type = (EventType) arguments.get()[0];
              ObjectNode payload = sample(type);
              payload.remove((String) arguments.get()[1]);
              messages.add(readFails(type, payload).getMessage());
            });
    nestedAndMalformedFields()
        .forEach(
            arguments -> {
              EventType type = (EventType) arguments.get()[0];
              ObjectNode payload = sample(type);
              @SuppressWarnings("unchecked")
              Consumer<ObjectNode> damage = (Consumer<ObjectNode>) arguments.get()[1];
              damage.accept(payload);
              messages.add(readFails(type, payload).getMessage());
            });

    assertThat(messages)
        .isNotEmpty()
        .allSatisfy(
            message ->
                assertThat(message)
                    .doesNotContain("com.", "java.", "jackson", "Exception", "line:", "$"));
  }

  private static ObjectNode sample(EventType type) {
    try {
      return (ObjectNode) JSON.readTree(EVENT_JSON.write(EventSamples.of(type)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(JsonNode payload) {
    return payload.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static EventReadException readFails(EventType type, JsonNode payload) {
    EventReadException rejection =
        catchThrowableOfType(
            EventReadException.class, () -> EVENT_JSON.read(type.ceType(), bytes(payload)));
    assertThat(rejection).as("%s rejects %s", type.eventName(), payload).isNotNull();
    return rejection;
  }

  private static boolean readsWithoutFailure(EventType type, JsonNode payload) {
    try {
      EVENT_JSON.read(type.ceType(), bytes(payload));
      return true;
    } catch (EventReadException e) {
      return false;
    }
  }
}
