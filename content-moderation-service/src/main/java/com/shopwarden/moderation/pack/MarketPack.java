package com.shopwarden.moderation.pack;

import com.shopwarden.contracts.Severity;
import com.shopwarden.moderation.strategy.Action;
import com.shopwarden.text.MatchMode;
import java.util.List;

/**
 * A market's shipped defaults ({@code markets/<CODE>/moderation.json} on the classpath): term lists
 * and strategies a new deployment starts with. Policy admins change them through the API
 * afterwards; the pack never overwrites a list or strategy that exists.
 */
public record MarketPack(List<PackList> lists, List<PackStrategy> strategies) {

  public MarketPack {
    lists = lists == null ? List.of() : List.copyOf(lists);
    strategies = strategies == null ? List.of() : List.copyOf(strategies);
  }

  /** A term list with its terms and exceptions. */
  public record PackList(
      String name,
      String language,
      String description,
      List<PackTerm> terms,
      List<PackException> exceptions) {

    public PackList {
      terms = terms == null ? List.of() : List.copyOf(terms);
      exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }
  }

  /** A term. */
  public record PackTerm(String text, MatchMode mode, Severity severity, List<String> languages) {}

  /** An allow-list exception. */
  public record PackException(String text, List<String> languages) {}

  /** A strategy (version 1 when imported). */
  public record PackStrategy(
      String name,
      String expression,
      Action action,
      String policyCode,
      Severity severity,
      String reasonTemplate) {}
}
