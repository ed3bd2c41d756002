package com.shopwarden.ipr.notice;

import com.shopwarden.problem.ProblemResponses;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Adds the Retry-After header the shared problem mapping does not know about. */
public class FilingRateLimitedMapper {

  @ServerExceptionMapper
  public Response limited(FilingRateLimited e) {
    return Response.fromResponse(ProblemResponses.of(e.toProblem()))
        .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
        .build();
  }
}
