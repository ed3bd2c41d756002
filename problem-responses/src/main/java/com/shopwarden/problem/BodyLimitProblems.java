package com.shopwarden.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a declared body above {@code quarkus.http.limits.max-body-size} with a 413 problem before
 * any handler reads it. Quarkus' own limit check would answer with an empty 413; this one runs
 * first and tells the caller the limit.
 */
@Singleton
public class BodyLimitProblems {

  private final long limit;
  private final String body;

  public BodyLimitProblems(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
          MemorySize limit,
      ObjectMapper mapper)
      throws JsonProcessingException {
    this.limit = limit.asLongValue();
    this.body =
        mapper.writeValueAsString(
            Problem.of(
                ProblemType.PAYLOAD_TOO_LARGE,
                "the request body is larger than the limit of " + this.limit + " bytes"));
  }

  void register(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::check);
  }

  private void check(RoutingContext context) {
    String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (declared != null && exceeds(declared)) {
      context
          .response()
          .setStatusCode(413)
          .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
          .putHeader(HttpHeaders.CONNECTION, "close")
          .end(body);
      return;
    }
    context.next();
  }

  private boolean exceeds(String declared) {
    try {
      return Long.parseLong(declared.trim()) > limit;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
