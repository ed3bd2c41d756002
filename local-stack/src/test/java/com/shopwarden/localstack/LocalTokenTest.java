package com.shopwarden.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalTokenTest {

  @TempDir Path keys;

  @Test
  void keyPairIsCreatedOnceAndKept() throws Exception {
    String first = LocalSigningKey.ensure(keys);
    String second = LocalSigningKey.ensure(keys);
    assertThat(second).isEqualTo(first);
    assertThat(Files.readString(keys.resolve(LocalSigningKey.PRIVATE_FILE))).isNotBlank();
  }

  @Test
  void mintedTokenCarriesTheClaimsAndVerifiesWithThePublicKey() throws Exception {
    String publicKey = LocalSigningKey.ensure(keys);
    String token =
        mint(
            "--keys", keys.toString(),
            "--user", "ana",
            "--roles", "moderator,policy-admin",
            "--markets", "ID,MY",
            "--account", "acct-1:CREATOR");
    String[] parts = token.split("\\.");
    assertThat(parts).hasSize(3);
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    assertThat(claims)
        .contains("\"sub\":\"ana\"")
        .contains("\"iss\":\"" + LocalToken.ISSUER + "\"")
        .contains("\"groups\":[\"moderator\",\"policy-admin\"]")
        .contains("\"markets\":[\"ID\",\"MY\"]")
        .contains("\"account_id\":\"acct-1\"")
        .contains("\"account_type\":\"CREATOR\"");

    RSAPublicKey key =
        (RSAPublicKey)
            KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(key);
    verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
  }

  @Test
  void malformedOptionsAreRefused() {
    assertThatThrownBy(() -> LocalToken.parse(new String[] {"--roles"}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String mint(String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      LocalToken.main(args);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8).trim();
  }
}
