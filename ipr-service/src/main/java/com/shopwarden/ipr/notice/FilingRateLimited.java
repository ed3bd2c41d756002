package com.shopwarden.ipr.notice;

import com.shopwarden.problem.ProblemException;
import com.shopwarden.problem.ProblemType;
import java.util.List;
import java.util.Map;

/** An organisation filed too many notices; answered with 429 and a Retry-After header. */
public class FilingRateLimited extends ProblemException {

  private final long retryAfterSeconds;

  public FilingRateLimited(long retryAfterSeconds) {
    super(
        ProblemType.RATE_LIMITED,
        "the organisation's hourly notice limit in this market is reached",
        List.of(),
        Map.of("retryAfterSeconds", retryAfterSeconds));
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
