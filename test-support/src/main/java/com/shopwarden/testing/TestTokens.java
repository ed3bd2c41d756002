package com.shopwarden.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Signs bearer tokens for tests with a key pair generated when the test JVM starts.
 *
 * <p>The services verify them with the public key handed over as {@code quarkus.oidc.public-key} by
 * {@link ShopwardenTestInfrastructure}. The private key lives only in this JVM: it travels to the
 * test class through a system property because the Quarkus test class loader and the JUnit class
 * loader each see their own copy of this class.
 */
public final class TestTokens {

  /** Issuer of every test token; services under test pin it. */
  public static final String ISSUER = "https://tokens.shopwarden.test";

  private static final String PRIVATE_KEY_PROPERTY = "shopwarden.test.signing-key";
  private static final String PUBLIC_KEY_PROPERTY = "shopwarden.test.verification-key";

  private TestTokens() {}

  /** The base64 (X.509) public key, generating the pair on first use. */
  public static synchronized String publicKey() {
    if (System.getProperty(PUBLIC_KEY_PROPERTY) == null) {
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Base64.Encoder base64 = Base64.getEncoder();
        System.setProperty(
            PRIVATE_KEY_PROPERTY, base64.encodeToString(pair.getPrivate().getEncoded()));
        System.setProperty(
            PUBLIC_KEY_PROPERTY, base64.encodeToString(pair.getPublic().getEncoded()));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("RSA is always available", e);
      }
    }
    return System.getProperty(PUBLIC_KEY_PROPERTY);
  }

  /** Starts a token for the given subject. */
  public static Builder forUser(String subject) {
    return new Builder(subject);
  }

  private static PrivateKey privateKey() {
    publicKey();
    try {
      byte[] der = Base64.getDecoder().decode(System.getProperty(PRIVATE_KEY_PROPERTY));
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("test signing key is unreadable", e);
    }
  }

  /** Claims of one test token, in the shape ARCHITECTURE.md gives them. */
  public static final class Builder {
    private final String subject;
    private final Set<String> roles = new LinkedHashSet<>();
    private List<String> markets = List.of();
    private String accountId;
    private String accountType;
    private String orgId;
    private PrivateKey signingKey;

    private Builder(String subject) {
      this.subject = subject;
    }

    public Builder roles(String... values) {
      roles.addAll(List.of(values));
      return this;
    }

    public Builder markets(String... codes) {
      markets = List.of(codes);
      return this;
    }

    public Builder account(String id, String type) {
      accountId = id;
      accountType = type;
      return this;
    }

    public Builder organisation(String id) {
      orgId = id;
      return this;
    }

    /** Signs with another key, for tests that a foreign token is refused. */
    public Builder signedWith(PrivateKey key) {
      signingKey = key;
      return this;
    }

    public String sign() {
      JwtClaimsBuilder claims =
          Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(roles).expiresIn(3600);
      if (!markets.isEmpty()) {
        claims.claim("markets", markets);
      }
      if (accountId != null) {
        claims.claim("account_id", accountId).claim("account_type", accountType);
      }
      if (orgId != null) {
        claims.claim("org_id", orgId);
      }
      return claims.jws().keyId("test").sign(signingKey != null ? signingKey : privateKey());
    }
  }
}
