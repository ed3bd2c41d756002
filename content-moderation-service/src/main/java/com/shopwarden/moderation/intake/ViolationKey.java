package com.shopwarden.moderation.intake;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key of a violation this service confirms: {@code
 * moderation/<platform>/<externalId>/v<version>/<policyCode>/<accountType>}. The same item,
 * version, policy and responsible account is the same violation, whoever decided it; enforcement
 * de-duplicates by it, and the quality loop reads the item back from appeal outcomes.
 */
public record ViolationKey(
    String platform, String externalId, int version, String policyCode, String accountType) {

  private static final Pattern FORMAT =
      Pattern.compile("^moderation/([^/]+)/(.+)/v(\\d+)/([^/]+)/([A-Z]+)$");

  static ViolationKey of(ContentItemEntity item, String policyCode, String accountType) {
    return new ViolationKey(
        item.sourcePlatform, item.externalId, item.version, policyCode, accountType);
  }

  /** The key of a moderation violation, or empty for keys other services made. */
  public static Optional<ViolationKey> parse(String key) {
    Matcher m = FORMAT.matcher(key);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new ViolationKey(
            m.group(1), m.group(2), Integer.parseInt(m.group(3)), m.group(4), m.group(5)));
  }

  public String format() {
    return "moderation/"
        + platform
        + "/"
        + externalId
        + "/v"
        + version
        + "/"
        + policyCode
        + "/"
        + accountType;
  }
}
