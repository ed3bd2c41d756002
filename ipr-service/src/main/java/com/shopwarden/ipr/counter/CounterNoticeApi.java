package com.shopwarden.ipr.counter;

import com.shopwarden.ipr.notice.NoticeState;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Request and response bodies of the counter-notice API. */
public final class CounterNoticeApi {

  private CounterNoticeApi() {}

  /**
   * A counter-notice as filed by the affected account. Elements are judged by the notice's regime
   * so that a missing one is named (422) rather than reported as a malformed body.
   */
  public record Filing(
      @Size(max = 2000) String materialLocation,
      @Size(max = 5000) String explanation,
      @Size(max = 300) String name,
      @Email @Size(max = 320) String email,
      @Size(max = 50) @Pattern(regexp = "[+0-9 ()-]{3,50}") String phone,
      @Size(max = 1000) String address,
      @Size(max = 300) String signature,
      boolean goodFaithMistakeStatement,
      boolean consentToJurisdiction,
      boolean acceptsServiceOfProcess) {

    @Override
    public String toString() {
      return "CounterNoticeFiling[redacted]";
    }

    /** The elements present. */
    Set<CounterNoticeElement> present() {
      Set<CounterNoticeElement> present = EnumSet.noneOf(CounterNoticeElement.class);
      addIf(present, CounterNoticeElement.MATERIAL_AND_LOCATION, materialLocation);
      addIf(present, CounterNoticeElement.EXPLANATION, explanation);
      addIf(present, CounterNoticeElement.NAME, name);
      addIf(present, CounterNoticeElement.EMAIL, email);
      addIf(present, CounterNoticeElement.PHONE, phone);
      addIf(present, CounterNoticeElement.ADDRESS, address);
      addIf(present, CounterNoticeElement.SIGNATURE, signature);
      if (goodFaithMistakeStatement) {
        present.add(CounterNoticeElement.GOOD_FAITH_MISTAKE_STATEMENT);
      }
      if (consentToJurisdiction) {
        present.add(CounterNoticeElement.CONSENT_TO_JURISDICTION);
      }
      if (acceptsServiceOfProcess) {
        present.add(CounterNoticeElement.ACCEPTANCE_OF_SERVICE);
      }
      return present;
    }

    private static void addIf(
        Set<CounterNoticeElement> present, CounterNoticeElement element, String value) {
      if (value != null && !value.isBlank()) {
        present.add(element);
      }
    }
  }

  /** A counter-notice as shown to its account and to staff. */
  public record CounterNoticeView(
      UUID counterNoticeId,
      UUID noticeId,
      String accountId,
      Instant receivedAt,
      LocalDate restoreDate,
      NoticeState noticeState) {}
}
