package com.shopwarden.health.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.contracts.commerce.CommerceSignalKind;
import com.shopwarden.contracts.health.Tier;
import com.shopwarden.health.ledger.EntryKind;
import com.shopwarden.health.ledger.LedgerEntry;
import com.shopwarden.health.ledger.LedgerEntryRepository;
import com.shopwarden.health.ledger.LedgerEntryRepository.IssuedViolation;
import com.shopwarden.health.ledger.TierChange;
import com.shopwarden.health.ledger.TierChangeRepository;
import com.shopwarden.health.model.HealthPacks;
import com.shopwarden.health.model.RiskFeatures;
import com.shopwarden.health.model.RiskRules;
import com.shopwarden.health.model.RiskScore;
import com.shopwarden.health.signals.SignalRepository;
import com.shopwarden.market.MarketCode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps one account's risk score current: recomputed from that account's own rows whenever its
 * health is reassessed or its commerce signals arrive, inside the same transaction.
 */
@ApplicationScoped
public class RiskScoring {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The upsert of a score; %s is the next due instant ({@code ?8}, or null when none). */
  private static final String UPSERT =
      "insert into risk_score (market, account_id, account_type, score, features, contributions,"
          + " updated_at, next_due_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, %s)"
          + " on conflict (market, account_id) do update set account_type ="
          + " excluded.account_type, score = excluded.score, features = excluded.features,"
          + " contributions = excluded.contributions, updated_at = excluded.updated_at,"
          + " next_due_at = excluded.next_due_at";

  private final HealthPacks packs;
  private final LedgerEntryRepository entries;
  private final TierChangeRepository tierChanges;
  private final SignalRepository signals;
  private final AccountFirstSeen firstSeen;

  public RiskScoring(
      HealthPacks packs,
      LedgerEntryRepository entries,
      TierChangeRepository tierChanges,
      SignalRepository signals,
      AccountFirstSeen firstSeen) {
    this.packs = packs;
    this.entries = entries;
    this.tierChanges = tierChanges;
    this.signals = signals;
    this.firstSeen = firstSeen;
  }

  /**
   * Recomputes and stores the account's score as of {@code now}, with the instant it next changes
   * with nobody acting (a violation, tier drop or commerce period leaving its window, or the
   * account ceasing to be new), when {@link RiskDueWork} refreshes it again.
   */
  public Uni<Void> refresh(String market, String accountId, String accountType, Instant now) {
    RiskRules rules = packs.of(MarketCode.parse(market)).risk();
    Duration velocityWindow = Duration.ofDays(rules.velocityDays());
    Duration dropWindow = Duration.ofDays(rules.tierDropDays());
    // One read serves both windows: velocity and repeats per policy.
    Instant since = now.minus(Duration.ofDays(Math.max(rules.velocityDays(), rules.repeatDays())));
    Map<String, BigDecimal> features = new TreeMap<>();
    Instant[] slides = new Instant[1];
    return entries
        .activeAt(market, accountId, now)
        .invoke(active -> ledgerFeatures(rules, active, features))
        .chain(() -> entries.violationsIssuedAfter(market, accountId, since))
        .invoke(
            issued -> {
              Instant velocitySince = now.minus(velocityWindow);
              List<Instant> inVelocity =
                  issued.stream()
                      .map(IssuedViolation::issuedAt)
                      .filter(at -> at.isAfter(velocitySince))
                      .toList();
              features.put("violationVelocity", BigDecimal.valueOf(inVelocity.size()));
              inVelocity.forEach(at -> slides[0] = earlier(slides[0], at.plus(velocityWindow)));
              List<RiskFeatures.PolicyViolation> byPolicy =
                  issued.stream()
                      .map(v -> new RiskFeatures.PolicyViolation(v.policyCode(), v.issuedAt()))
                      .toList();
              slides[0] =
                  earlier(slides[0], RiskFeatures.policyRepeats(rules, byPolicy, now, features));
            })
        .chain(() -> tierChanges.since(market, accountId, now.minus(dropWindow)))
        .invoke(
            changes -> {
              List<TierChange> drops = drops(changes);
              features.put("tierDrops", BigDecimal.valueOf(drops.size()));
              drops.forEach(c -> slides[0] = earlier(slides[0], c.changedAt.plus(dropWindow)));
            })
        .chain(
            () ->
                signals.countsEndingIn(
                    market, accountId, now.minus(Duration.ofDays(rules.signalDays())), now))
        .invoke(
            counts -> {
              signalFeatures(rules, counts, features);
              // A rate changes when its earliest counted period leaves the window.
              Duration signalWindow = Duration.ofDays(rules.signalDays());
              counts.forEach(
                  c -> slides[0] = earlier(slides[0], c.earliestEnd().plus(signalWindow)));
            })
        .chain(() -> firstSeen.of(market, accountId))
        .invoke(
            seen -> slides[0] = earlier(slides[0], RiskFeatures.age(rules, seen, now, features)))
        .chain(
            () ->
                store(
                    market, accountId, accountType, RiskScore.of(rules, features), now, slides[0]));
  }

  private static Instant earlier(Instant a, Instant b) {
    if (b == null) {
      return a;
    }
    return a == null || b.isBefore(a) ? b : a;
  }

  private static void ledgerFeatures(
      RiskRules rules, List<LedgerEntry> active, Map<String, BigDecimal> features) {
    int points = Math.max(0, active.stream().mapToInt(e -> e.points).sum());
    long severe =
        active.stream()
            .filter(e -> e.kind == EntryKind.VIOLATION && e.points >= rules.severePoints())
            .count();
    features.put("activePoints", BigDecimal.valueOf(points));
    features.put("severeViolations", BigDecimal.valueOf(severe));
    RiskFeatures.severityMix(
        active.stream()
            .filter(e -> e.kind == EntryKind.VIOLATION && e.severity != null)
            .map(e -> e.severity)
            .toList(),
        features);
  }

  private static List<TierChange> drops(List<TierChange> changes) {
    return changes.stream()
        .filter(c -> Tier.valueOf(c.toTier).ordinal() > Tier.valueOf(c.fromTier).ordinal())
        .toList();
  }

  private static void signalFeatures(
      RiskRules rules, List<SignalRepository.KindCount> counts, Map<String, BigDecimal> features) {
    Map<String, Long> byKind = new TreeMap<>();
    counts.forEach(c -> byKind.put(c.kind(), c.count()));
    long orders = byKind.getOrDefault(CommerceSignalKind.ORDER.name(), 0L);
    rules
        .baselines()
        .forEach(
            (kind, baseline) ->
                features.put(
                    "rateExcess." + kind,
                    RiskScore.rateExcess(byKind.getOrDefault(kind, 0L), orders, baseline)));
  }

  private static Uni<Void> store(
      String market,
      String accountId,
      String accountType,
      RiskScore score,
      Instant now,
      Instant nextDue) {
    return Panache.getSession()
        .flatMap(
            session -> {
              var upsert =
                  session
                      .createNativeQuery(String.format(UPSERT, nextDue == null ? "null" : "?8"))
                      .setParameter(1, market)
                      .setParameter(2, accountId)
                      .setParameter(3, accountType)
                      .setParameter(4, score.score())
                      .setParameter(5, json(score.features()))
                      .setParameter(6, json(score.contributions()))
                      .setParameter(7, now);
              if (nextDue != null) {
                upsert.setParameter(8, nextDue);
              }
              return upsert.executeUpdate();
            })
        .replaceWithVoid();
  }

  private static String json(Map<String, BigDecimal> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("risk features cannot be written", e);
    }
  }
}
