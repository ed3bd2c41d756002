package com.shopwarden.access;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a production service that verifies tokens with a locally configured key.
 *
 * <p>The local run and the tests sign tokens with a key generated on the developer's machine and
 * hand its public half over as {@code quarkus.oidc.public-key}. Production verifies against the
 * identity provider's published keys only, so a production launch that still carries a local key is
 * a misconfiguration that would accept tokens anyone with a laptop can mint.
 */
@Singleton
public class LocalSigningKeyGuard {

  private final Optional<String> publicKey;

  public LocalSigningKeyGuard(
      @ConfigProperty(name = "quarkus.oidc.public-key") Optional<String> publicKey) {
    this.publicKey = publicKey;
  }

  void check(@Observes StartupEvent event) {
    List<String> profiles = ConfigUtils.getProfiles();
    verify(
        LaunchMode.current(), profiles.isEmpty() ? "prod" : profiles.get(0), publicKey.isPresent());
  }

  /** Fails when a production profile would trust a locally configured verification key. */
  static void verify(LaunchMode mode, String profile, boolean localKeyConfigured) {
    boolean production = mode == LaunchMode.NORMAL && "prod".equals(profile);
    if (production && localKeyConfigured) {
      throw new IllegalStateException(
          "refusing to start: the prod profile must verify tokens with the identity provider,"
              + " not with a local signing key (unset quarkus.oidc.public-key)");
    }
  }
}
