package com.shopwarden.localstack;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Mints a bearer token for the local run: {@code ./shopwarden token --user ana --roles
 * moderator,policy-admin --markets ID,MY [--account acct-1:CREATOR] [--org org-1] [--hours 8]}.
 */
public final class LocalToken {

  /** Issuer the local profile pins; production trusts only its identity provider. */
  public static final String ISSUER = "https://local.shopwarden.dev";

  private LocalToken() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    Path keys = Path.of(options.getOrDefault("keys", ".local/keys"));
    String user = options.getOrDefault("user", "local-user");
    JwtClaimsBuilder claims =
        Jwt.issuer(ISSUER)
            .subject(user)
            .upn(user)
            .groups(csv(options.getOrDefault("roles", "")))
            .expiresIn(Long.parseLong(options.getOrDefault("hours", "8")) * 3600);
    List<String> markets = List.copyOf(csv(options.getOrDefault("markets", "")));
    if (!markets.isEmpty()) {
      claims.claim("markets", markets);
    }
    if (options.containsKey("account")) {
      String[] account = options.get("account").split(":", 2);
      if (account.length != 2) {
        throw new IllegalArgumentException("--account takes ID:TYPE, e.g. acct-1:CREATOR");
      }
      claims.claim("account_id", account[0]).claim("account_type", account[1]);
    }
    if (options.containsKey("org")) {
      claims.claim("org_id", options.get("org"));
    }
    System.out.println(claims.jws().keyId("local").sign(LocalSigningKey.privateKey(keys)));
  }

  private static Set<String> csv(String value) {
    return Arrays.stream(value.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  static Map<String, String> parse(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }
}
