package com.shopwarden.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.shopwarden.market.MarketNotServedException;
import com.shopwarden.market.UnknownMarketException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure that reaches a resource to an RFC 9457 problem. Known failures get a precise
 * type and the failing field; anything else is logged with an id and answered as a generic 500 that
 * names no class and carries no stack trace.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response problem(ProblemException e) {
    return ProblemResponses.of(e.toProblem());
  }

  @ServerExceptionMapper
  public Response invalid(ConstraintViolationException e) {
    List<FieldViolation> fields = new ArrayList<>();
    for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
      fields.add(new FieldViolation(fieldOf(violation.getPropertyPath()), violation.getMessage()));
    }
    fields.sort(Comparator.comparing(FieldViolation::field));
    String detail =
        fields.stream()
            .map(f -> f.field() + ": " + f.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid request");
    return ProblemResponses.of(
        new Problem(
            ProblemType.VALIDATION.uri(),
            ProblemType.VALIDATION.title(),
            400,
            detail,
            null,
            fields,
            null));
  }

  /**
   * The JSON binding failures Quarkus has a built-in mapper for (it answers plain JSON, not a
   * problem). Naming their classes here makes this mapper the closer match for each of them, so a
   * wrong type, a malformed enum or timestamp or an unknown field is a problem naming the field.
   */
  @ServerExceptionMapper({
    MismatchedInputException.class,
    InvalidFormatException.class,
    InvalidTypeIdException.class,
    InvalidNullException.class,
    UnrecognizedPropertyException.class,
    IgnoredPropertyException.class
  })
  public Response mismatched(JsonMappingException e) {
    return unreadable(e);
  }

  @ServerExceptionMapper
  public Response unreadable(JsonProcessingException e) {
    String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
    String detail;
    if (e instanceof UnrecognizedPropertyException unknown) {
      detail = "unknown field '" + unknown.getPropertyName() + "'";
    } else if (e instanceof ValueInstantiationException instantiation
        && instantiation.getCause() != null) {
      // Record constructors reject missing or out-of-range values with a message for the caller.
      detail = instantiation.getCause().getMessage();
    } else if (e instanceof InvalidFormatException format) {
      detail = "value '" + format.getValue() + "' has the wrong format";
    } else if (e instanceof JsonMappingException) {
      detail = "value does not have the expected type or shape";
    } else {
      detail = "body is not valid JSON (line " + lineOf(e) + ")";
    }
    List<FieldViolation> fields =
        field.isEmpty() ? List.of() : List.of(new FieldViolation(field, detail));
    return ProblemResponses.of(
        new Problem(
            ProblemType.MALFORMED_BODY.uri(),
            ProblemType.MALFORMED_BODY.title(),
            400,
            field.isEmpty() ? detail : field + ": " + detail,
            null,
            fields,
            null));
  }

  @ServerExceptionMapper
  public Response unknownMarket(UnknownMarketException e) {
    return marketProblem(ProblemType.UNKNOWN_MARKET, e.getMessage());
  }

  @ServerExceptionMapper
  public Response marketNotServed(MarketNotServedException e) {
    return marketProblem(ProblemType.MARKET_NOT_SERVED, e.getMessage());
  }

  private static Response marketProblem(ProblemType type, String detail) {
    return ProblemResponses.of(
        new Problem(
            type.uri(),
            type.title(),
            type.status(),
            detail,
            null,
            List.of(new FieldViolation("market", detail)),
            null));
  }

  @ServerExceptionMapper({
    UnauthorizedException.class,
    AuthenticationFailedException.class,
    AuthenticationCompletionException.class
  })
  public Response unauthenticated(RuntimeException e) {
    return Response.fromResponse(
            ProblemResponses.of(
                ProblemType.UNAUTHENTICATED, "a valid bearer token is required for this resource"))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return ProblemResponses.of(
        ProblemType.FORBIDDEN, "the caller's roles do not allow this operation");
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundException e) {
    return ProblemResponses.of(ProblemType.NOT_FOUND, "no resource at this address");
  }

  @ServerExceptionMapper
  public Response notAllowed(NotAllowedException e) {
    return ProblemResponses.of(ProblemType.METHOD_NOT_ALLOWED, "method not allowed here");
  }

  @ServerExceptionMapper
  public Response notSupported(NotSupportedException e) {
    return ProblemResponses.of(
        ProblemType.UNSUPPORTED_MEDIA_TYPE, "the request's content type is not accepted here");
  }

  @ServerExceptionMapper
  public Response notAcceptable(NotAcceptableException e) {
    return ProblemResponses.of(
        ProblemType.NOT_ACCEPTABLE, "no representation matches the Accept header");
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e);
    }
    ProblemType type =
        switch (status) {
          case 401 -> ProblemType.UNAUTHENTICATED;
          case 403 -> ProblemType.FORBIDDEN;
          case 404 -> ProblemType.NOT_FOUND;
          case 409 -> ProblemType.CONFLICT;
          case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
          case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
          case 429 -> ProblemType.RATE_LIMITED;
          default -> ProblemType.VALIDATION;
        };
    return ProblemResponses.of(
        new Problem(type.uri(), type.title(), status, type.title(), null, null, null));
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e) {
    String errorId = UUID.randomUUID().toString();
    LOG.errorf(e, "unexpected failure, error id %s", errorId);
    return ProblemResponses.of(
        new Problem(
            ProblemType.INTERNAL.uri(),
            ProblemType.INTERNAL.title(),
            500,
            "an unexpected error occurred; quote error id " + errorId,
            null,
            null,
            java.util.Map.of("errorId", errorId)));
  }

  /** Drops the resource method and parameter nodes: callers know fields, not Java methods. */
  static String fieldOf(Path path) {
    List<String> names = new ArrayList<>();
    String parameter = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      String name = node.getName();
      if (name == null) {
        continue;
      }
      if (node.getIndex() != null) {
        names.add(name + "[" + node.getIndex() + "]");
      } else if (node.getKey() != null) {
        names.add(name + "[" + node.getKey() + "]");
      } else {
        names.add(name);
      }
    }
    if (names.isEmpty()) {
      return parameter == null ? "" : parameter;
    }
    return String.join(".", names);
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static int lineOf(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
  }
}
