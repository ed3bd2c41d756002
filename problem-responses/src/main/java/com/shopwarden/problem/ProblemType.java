package com.shopwarden.problem;

/**
 * The stable kinds of problem every Shopwarden API answers with. The {@link #uri()} of each is part
 * of the public contract: clients branch on it, so a type is never renamed, only added.
 */
public enum ProblemType {
  VALIDATION("validation", "The request is invalid", 400),
  MALFORMED_BODY("malformed-body", "The request body cannot be read", 400),
  UNKNOWN_MARKET("unknown-market", "Unknown market", 400),
  MARKET_NOT_SERVED("market-not-served", "Market not served by this deployment", 400),
  UNAUTHENTICATED("unauthenticated", "A valid bearer token is required", 401),
  FORBIDDEN("forbidden", "Not allowed", 403),
  MARKET_OUT_OF_SCOPE("market-out-of-scope", "Market outside the caller's scope", 403),
  NOT_FOUND("not-found", "Not found", 404),
  METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
  NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
  CONFLICT("conflict", "Conflict with the current state", 409),
  PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
  UNPROCESSABLE("unprocessable", "The request cannot be processed", 422),
  RATE_LIMITED("rate-limited", "Too many requests", 429),
  INTERNAL("internal", "Internal error", 500),
  UNAVAILABLE("unavailable", "Service unavailable", 503);

  /** Base of every type URI; docs/problems.md describes each type under this address. */
  public static final String BASE = "https://shopwarden.dev/problems/";

  private final String slug;
  private final String title;
  private final int status;

  ProblemType(String slug, String title, int status) {
    this.slug = slug;
    this.title = title;
    this.status = status;
  }

  public String uri() {
    return BASE + slug;
  }

  public String title() {
    return title;
  }

  public int status() {
    return status;
  }
}
