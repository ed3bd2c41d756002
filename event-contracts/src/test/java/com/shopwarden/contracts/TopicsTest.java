package com.shopwarden.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TopicsTest {

  @Test
  void theTopicsAreThoseOfTheEventTable() {
    assertThat(Topics.all())
        .containsExactly(
            "moderation.decisions",
            "moderation.alerts",
            "ipr.notices",
            "ipr.protection-assets",
            "enforcement.actions",
            "enforcement.alerts",
            "account.health",
            "commerce.signals",
            "notifications.requests");
  }

  @Test
  void everyTopicCarriesEventsAndEveryEventGoesToAKnownTopic() {
    assertThat(EventTypes.all().stream().map(EventType::topic).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(Topics.all());
  }

  @Test
  void theDeadLetterTopicIsTheTopicWithDlq() {
    assertThat(Topics.deadLetterOf(Topics.IPR_NOTICES)).isEqualTo("ipr.notices.dlq");
    assertThat(Topics.deadLetterOf("id-prod." + Topics.ACCOUNT_HEALTH))
        .isEqualTo("id-prod.account.health.dlq");
  }

  @Test
  void aDeadLetterTopicHasNoDeadLetterTopic() {
    assertThatThrownBy(() -> Topics.deadLetterOf("ipr.notices.dlq"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Topics.deadLetterOf(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
