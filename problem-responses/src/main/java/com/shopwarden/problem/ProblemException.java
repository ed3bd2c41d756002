package com.shopwarden.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on, answered as a problem response. Services throw it for domain
 * refusals (a late appeal, a forbidden transition, another market); the mapper turns it into
 * problem+json with the right status.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final List<FieldViolation> fields;
  private final Map<String, Object> extensions;

  public ProblemException(
      ProblemType type, String detail, List<FieldViolation> fields, Map<String, Object> ext) {
    super(detail, null, false, false);
    this.type = type;
    this.fields = fields == null ? List.of() : List.copyOf(fields);
    this.extensions = ext == null ? Map.of() : Map.copyOf(ext);
  }

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, List.of(), Map.of());
  }

  public static ProblemException invalidField(String field, String message) {
    return new ProblemException(
        ProblemType.VALIDATION,
        field + ": " + message,
        List.of(new FieldViolation(field, message)),
        Map.of());
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(ProblemType.NOT_FOUND, detail);
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(ProblemType.CONFLICT, detail);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(ProblemType.FORBIDDEN, detail);
  }

  /** A copy carrying one more extension member, e.g. {@code allowed} or {@code deadline}. */
  public ProblemException with(String member, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(extensions);
    more.put(member, value);
    return new ProblemException(type, getMessage(), fields, more);
  }

  public Problem toProblem() {
    return new Problem(
        type.uri(), type.title(), type.status(), getMessage(), null, fields, extensions);
  }

  public ProblemType type() {
    return type;
  }
}
