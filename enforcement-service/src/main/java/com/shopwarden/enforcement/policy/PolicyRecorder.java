package com.shopwarden.enforcement.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.shopwarden.enforcement.audit.AuditLog;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records each penalty policy in force in the audit chain when the service starts, once per model,
 * version and content: a policy changed by shipping or mounting a new file shows up as a new
 * POLICY_IN_FORCE entry with the content's SHA-256.
 */
@ApplicationScoped
public class PolicyRecorder {

  private static final ObjectMapper CANONICAL =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private final PenaltyPolicies policies;
  private final PolicyRefresher refresher;
  private final AuditLog audit;

  public PolicyRecorder(PenaltyPolicies policies, PolicyRefresher refresher, AuditLog audit) {
    this.policies = policies;
    this.refresher = refresher;
    this.audit = audit;
  }

  void onStart(@Observes StartupEvent event) throws Throwable {
    VertxContextSupport.subscribeAndAwait(
        () -> Panache.withTransaction(() -> refresher.refresh().chain(this::recordAll)));
  }

  Uni<Void> recordAll() {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (PenaltyPolicy policy : policies.all()) {
      String hash = sha256(policy);
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("model", policy.model());
      details.put("version", policy.version());
      details.put("markets", policy.markets());
      details.put("sha256", hash);
      String subject = policy.model() + "@" + policy.version() + "#" + hash.substring(0, 16);
      chain =
          chain.chain(
              () ->
                  audit.appendOnce(
                      "POLICY_IN_FORCE",
                      subject,
                      String.join(",", policy.markets()),
                      "system",
                      details));
    }
    return chain;
  }

  /** SHA-256 of the policy's canonical JSON. */
  public static String sha256(PenaltyPolicy policy) {
    try {
      byte[] canonical = CANONICAL.writeValueAsString(policy).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("policy " + policy.model() + " cannot be hashed", e);
    }
  }
}
