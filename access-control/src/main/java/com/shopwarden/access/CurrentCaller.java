package com.shopwarden.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The {@link Caller} of the current request, read once from its verified token. */
@RequestScoped
public class CurrentCaller {

  private final SecurityIdentity identity;
  private final JsonWebToken token;

  public CurrentCaller(SecurityIdentity identity, JsonWebToken token) {
    this.identity = identity;
    this.token = token;
  }

  private Caller caller;

  /** Who is calling; computed on first use within the request. */
  public Caller get() {
    if (caller == null) {
      caller = read();
    }
    return caller;
  }

  private Caller read() {
    return new Caller(
        identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName(),
        identity.getRoles(),
        markets(),
        claim("account_id"),
        claim("account_type"),
        claim("org_id"));
  }

  private Set<String> markets() {
    Object claim = token.getClaim("markets");
    Set<String> codes = new HashSet<>();
    if (claim instanceof JsonArray array) {
      array.getValuesAs(JsonString.class).forEach(s -> codes.add(s.getString()));
    } else if (claim instanceof JsonString single) {
      codes.add(single.getString());
    } else if (claim instanceof String single) {
      codes.add(single);
    } else if (claim instanceof Iterable<?> values) {
      values.forEach(v -> codes.add(String.valueOf(v)));
    }
    return codes;
  }

  private Optional<String> claim(String name) {
    Object value = token.getClaim(name);
    if (value instanceof JsonString text) {
      return Optional.of(text.getString());
    }
    return Optional.ofNullable(value).map(String::valueOf);
  }
}
