package com.shopwarden.moderation.screening;

import com.shopwarden.moderation.screening.ScreeningOutcome.HashSignal;
import com.shopwarden.moderation.screening.ScreeningOutcome.ScoreSignal;
import com.shopwarden.moderation.screening.ScreeningOutcome.StrategyHit;
import com.shopwarden.moderation.screening.ScreeningOutcome.TermSignal;
import com.shopwarden.moderation.strategy.Action;
import com.shopwarden.moderation.strategy.CompiledStrategy;
import com.shopwarden.moderation.strategy.ContentBucket;
import com.shopwarden.moderation.strategy.SignalFamily;
import com.shopwarden.text.TermMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Screens one item: matches the market's terms in every text field in one pass each, evaluates the
 * strategies indexed under the signal families the item has, and takes the verdict
 * deterministically: BLOCK over REVIEW over ALLOW, then the higher severity, then the strategy
 * name. Pure: no I/O, so it can be measured and tested on its own.
 */
public final class ScreeningEngine {

  /** Strongest first: action, then severity, then name for a stable tie-break. */
  static final Comparator<CompiledStrategy> STRONGEST_FIRST =
      Comparator.comparing((CompiledStrategy s) -> s.action().ordinal())
          .thenComparing(s -> s.severity().ordinal())
          .reversed()
          .thenComparing(CompiledStrategy::name);

  /** Screens an item outside every canary (benchmarks, tools without an item identity). */
  public ScreeningOutcome screen(ScreeningInput in, MarketPolicy policy, AccountContext account) {
    return screen(in, policy, account, ContentBucket.NONE);
  }

  /**
   * Screens an item; {@code bucket} (its {@link ContentBucket}) says whether CANARY versions act on
   * it. Only acting matches decide; the others are returned as {@code observed}.
   */
  public ScreeningOutcome screen(
      ScreeningInput in, MarketPolicy policy, AccountContext account, int bucket) {
    long started = System.nanoTime();
    List<TermSignal> terms = new ArrayList<>();
    for (Map.Entry<String, String> field : in.texts().entrySet()) {
      for (TermMatch m : policy.terms().match(field.getValue(), in.language())) {
        terms.add(
            new TermSignal(
                field.getKey(),
                m.list(),
                m.termId(),
                m.term(),
                m.mode().name(),
                m.severity().name(),
                m.start(),
                m.end(),
                m.excerpt()));
      }
    }
    List<ScoreSignal> scores =
        in.scores().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> new ScoreSignal(e.getKey(), e.getValue()))
            .toList();
    List<HashSignal> hashes = policy.banks().match(in.hashes());
    Set<SignalFamily> present = EnumSet.noneOf(SignalFamily.class);
    if (!terms.isEmpty()) {
      present.add(SignalFamily.TERMS);
    }
    if (!scores.isEmpty()) {
      present.add(SignalFamily.SCORES);
    }
    if (!hashes.isEmpty()) {
      present.add(SignalFamily.HASHES);
    }
    List<CompiledStrategy> candidates = policy.strategies().candidates(present);
    List<CompiledStrategy> matched = new ArrayList<>();
    if (!candidates.isEmpty()) {
      Map<String, Object> variables = variables(in, terms, hashes, account);
      for (CompiledStrategy s : candidates) {
        if (s.matches(variables)) {
          matched.add(s);
        }
      }
    }
    matched.sort(STRONGEST_FIRST);
    List<StrategyHit> observed = List.of();
    if (!matched.isEmpty() && !policy.strategies().allActive()) {
      List<CompiledStrategy> acting = new ArrayList<>(matched.size());
      List<StrategyHit> aside = new ArrayList<>();
      for (CompiledStrategy s : matched) {
        if (policy.strategies().acts(s, bucket)) {
          acting.add(s);
        } else {
          aside.add(hit(s));
        }
      }
      matched = acting;
      observed = aside;
    }
    List<StrategyHit> hits = matched.stream().map(ScreeningEngine::hit).toList();
    CompiledStrategy winner = matched.isEmpty() ? null : matched.get(0);
    Action verdict = winner == null ? Action.ALLOW : winner.action();
    String reason = winner == null ? null : render(winner, terms);
    long micros = (System.nanoTime() - started) / 1_000;
    return new ScreeningOutcome(
        verdict,
        winner == null ? null : hit(winner),
        reason,
        terms,
        scores,
        hashes,
        hits,
        candidates.size(),
        micros,
        observed);
  }

  private static StrategyHit hit(CompiledStrategy s) {
    return new StrategyHit(
        s.id(),
        s.name(),
        s.version(),
        s.action(),
        s.policyCode(),
        s.severity().name(),
        s.hitStage());
  }

  /** The CEL variables; every key is always present so that strategies can rely on them. */
  static Map<String, Object> variables(
      ScreeningInput in, List<TermSignal> terms, List<HashSignal> hashes, AccountContext account) {
    Map<String, Object> content = new HashMap<>();
    content.put("kind", in.kind());
    content.put("market", in.market());
    content.put("language", in.language());
    content.put("sourcePlatform", in.sourcePlatform());
    for (String field : List.of("title", "description", "captions", "transcript", "brand")) {
      content.put(field, in.texts().getOrDefault(field, ""));
    }
    if (in.price() != null) {
      content.put("price", in.price());
      content.put("currency", in.currency());
    }
    content.put("followers", in.followers());
    content.put("liveViewers", in.liveViewers());
    content.put("views", in.views());
    content.put("hasCreator", in.hasCreator());
    content.put("hasSeller", in.hasSeller());
    List<Map<String, Object>> termMaps = new ArrayList<>(terms.size());
    for (TermSignal t : terms) {
      termMaps.add(
          Map.of(
              "list", t.list(),
              "termId", t.termId(),
              "term", t.term(),
              "field", t.field(),
              "mode", t.mode(),
              "severity", t.severity(),
              "start", (long) t.start(),
              "end", (long) t.end()));
    }
    Map<String, Object> signals = new HashMap<>();
    signals.put("terms", termMaps);
    signals.put("scores", in.scores());
    List<Map<String, Object>> hashMaps = new ArrayList<>(hashes.size());
    for (HashSignal h : hashes) {
      hashMaps.add(
          Map.of(
              "bank", h.bank(),
              "kind", h.kind(),
              "distance", (long) h.distance(),
              "label", h.label(),
              "hash", h.hash()));
    }
    signals.put("hashes", hashMaps);
    Map<String, Object> accountVars =
        Map.of(
            "known",
            account.known(),
            "tier",
            account.tier(),
            "activePoints",
            (long) account.activePoints(),
            "recentViolations",
            (long) account.recentViolations());
    return Map.of("content", content, "signals", signals, "account", accountVars);
  }

  /** Fills the reason template's placeholders. */
  static String render(CompiledStrategy s, List<TermSignal> terms) {
    Set<String> matchedTerms = new LinkedHashSet<>();
    Set<String> lists = new LinkedHashSet<>();
    for (TermSignal t : terms) {
      matchedTerms.add(t.term());
      lists.add(t.list());
    }
    return s.reasonTemplate()
        .replace("{terms}", String.join(", ", matchedTerms))
        .replace("{lists}", lists.stream().collect(Collectors.joining(", ")))
        .replace("{policyCode}", s.policyCode())
        .replace("{severity}", s.severity().name())
        .replace("{strategy}", s.name());
  }
}
