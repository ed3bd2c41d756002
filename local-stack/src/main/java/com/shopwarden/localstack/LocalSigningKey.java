package com.shopwarden.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The key pair that signs local-run tokens. Generated on the first {@code ./shopwarden up} into
 * {@code .local/keys/} (ignored by git, never committed); the services verify with its public half,
 * which the production profile refuses.
 */
public final class LocalSigningKey {

  static final String PRIVATE_FILE = "signing-key.pk8.b64";
  static final String PUBLIC_FILE = "verification-key.b64";

  private LocalSigningKey() {}

  /** {@code LocalSigningKey <dir>}: creates the pair if missing and prints the public key. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : ".local/keys");
    System.out.println(ensure(dir));
  }

  /** Creates the pair in {@code dir} unless present; returns the base64 X.509 public key. */
  public static String ensure(Path dir) throws IOException, GeneralSecurityException {
    Path publicFile = dir.resolve(PUBLIC_FILE);
    Path privateFile = dir.resolve(PRIVATE_FILE);
    if (!Files.exists(publicFile) || !Files.exists(privateFile)) {
      Files.createDirectories(dir);
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      Base64.Encoder base64 = Base64.getEncoder();
      Files.writeString(privateFile, base64.encodeToString(pair.getPrivate().getEncoded()));
      try {
        Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system: the directory's own permissions have to do.
      }
      Files.writeString(publicFile, base64.encodeToString(pair.getPublic().getEncoded()));
    }
    return Files.readString(publicFile).trim();
  }

  static PrivateKey privateKey(Path dir) throws IOException, GeneralSecurityException {
    byte[] der = Base64.getDecoder().decode(Files.readString(dir.resolve(PRIVATE_FILE)).trim());
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
  }
}
