package com.shopwarden.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document. {@code errors} names the failing fields of a validation problem;
 * {@code extensions} carries problem-specific members such as {@code allowed} transitions or a
 * {@code deadline}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldViolation> errors,
    @JsonIgnore Map<String, Object> extensions) {

  /** The media type of every problem response. */
  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
    extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
  }

  public static Problem of(ProblemType type, String detail) {
    return new Problem(type.uri(), type.title(), type.status(), detail, null, null, null);
  }

  /** Extension members, serialized at the top level as RFC 9457 section 3.2 asks. */
  @JsonAnyGetter
  @JsonProperty(access = JsonProperty.Access.READ_ONLY)
  public Map<String, Object> members() {
    return extensions;
  }

  public Problem withInstance(String path) {
    return new Problem(type, title, status, detail, path, errors, extensions);
  }
}
