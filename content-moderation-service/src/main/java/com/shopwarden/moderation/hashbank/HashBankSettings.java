package com.shopwarden.moderation.hashbank;

import com.shopwarden.problem.FieldViolation;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Changes a bank's thresholds and description, and retires banks. Each change raises the bank's
 * version and is recorded in the policy change history like entry changes, so every replica picks
 * it up through the same refresh. What a bank is ({@code name}, {@code negative}, {@code kind})
 * never changes: past decisions and strategies read matches by it, so a different meaning needs a
 * new bank.
 */
@ApplicationScoped
public class HashBankSettings {

  private final HashBankService service;
  private final Clock clock;

  public HashBankSettings(HashBankService service, Clock clock) {
    this.service = service;
    this.clock = clock;
  }

  /** Applies the given settings; answers the bank unchanged (same version) when nothing moved. */
  @WithTransaction
  public Uni<HashBankView> change(
      String market, String name, HashBankRequests.BankSettings request, String who) {
    return service
        .requireActive(market, name)
        .flatMap(
            bank -> {
              immutable("negative", bank.negative, request.negative());
              immutable("kind", bank.kind, request.kind());
              immutable("name", bank.name, request.name());
              List<String> changed = apply(bank, request);
              if (changed.isEmpty()) {
                return service.view(bank);
              }
              return service.bump(bank, who, "settings: " + String.join("; ", changed));
            });
  }

  /**
   * Retires the bank: it stops matching in every replica, keeps its entries for audit and refuses
   * further changes. Retiring a retired bank answers it as it is (a repeated DELETE is harmless).
   */
  @WithTransaction
  public Uni<HashBankView> retire(String market, String name, String who) {
    return service
        .require(market, name)
        .flatMap(
            bank -> {
              if (bank.retired()) {
                return service.view(bank);
              }
              bank.status = BankStatus.RETIRED.name();
              bank.retiredBy = who;
              bank.retiredAt = clock.instant();
              return service.bump(bank, who, "retired");
            });
  }

  private static List<String> apply(HashBankEntity bank, HashBankRequests.BankSettings request) {
    List<String> changed = new ArrayList<>();
    if (request.maxDistance() != null && request.maxDistance() != bank.maxDistance) {
      changed.add("maxDistance " + bank.maxDistance + " -> " + request.maxDistance());
      bank.maxDistance = request.maxDistance();
    }
    if (request.minQuality() != null && request.minQuality() != bank.minQuality) {
      changed.add("minQuality " + bank.minQuality + " -> " + request.minQuality());
      bank.minQuality = request.minQuality();
    }
    if (request.description() != null) {
      String description = request.description().isBlank() ? null : request.description();
      if (!Objects.equals(description, bank.description)) {
        changed.add("description");
        bank.description = description;
      }
    }
    return changed;
  }

  private static <T> void immutable(String field, T current, T requested) {
    if (requested != null && !requested.equals(current)) {
      String message = "cannot change from " + current + "; create a new bank instead";
      throw new ProblemException(
          ProblemType.CONFLICT,
          field + ": " + message,
          List.of(new FieldViolation(field, message)),
          Map.of());
    }
  }
}
