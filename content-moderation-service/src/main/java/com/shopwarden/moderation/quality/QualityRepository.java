package com.shopwarden.moderation.quality;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Counts quality figures in the database, in the caller's session. Every figure is computed over a
 * "subject": rows of (key, version, content item, acted, flags a violation, policy) for the hits of
 * strategies, lists or banks, or for a market's items; the latest label of each item decides
 * whether it was a violation.
 */
@ApplicationScoped
public class QualityRepository {

  /** Figures of one subject key (a strategy id, list or bank name, or market) and version. */
  public record Keyed(String key, int version, QualityFigures figures) {}

  private static final String STRATEGY_SUBJECT =
      "select h.strategy_id::text as k, h.strategy_version as v, h.content_id, h.acting as acted,"
          + " h.action <> 'ALLOW' as flags, h.policy_code as policy from strategy_hit h"
          + " where h.market = ?1 and h.hit_at >= ?2 and h.hit_at < ?3";

  /** One strategy's hits, through the strategy index. */
  private static final String ONE_STRATEGY = STRATEGY_SUBJECT + " and h.strategy_id = ?4";

  private static final String SIGNAL_SUBJECT =
      "select g.name as k, 0 as v, g.content_id, c.verdict <> 'ALLOW' as acted, true as flags,"
          + " cast(null as text) as policy from signal_hit g join content_item c on c.id ="
          + " g.content_id where g.market = ?1 and g.hit_at >= ?2 and g.hit_at < ?3"
          + " and g.source = ?4 and (?5 = '' or g.name = ?5)";

  private static final String MARKET_SUBJECT =
      "select c.market as k, 0 as v, c.id as content_id, c.verdict <> 'ALLOW' as acted,"
          + " c.verdict <> 'ALLOW' as flags, cast(null as text) as policy from content_item c"
          + " where c.market = ?1 and c.received_at >= ?2 and c.received_at < ?3";

  private static final String LATEST_LABELS =
      "lab as (select distinct on (l.content_id) l.content_id, l.violation from moderation_label l"
          + " where l.content_id in (select content_id from s)"
          + " order by l.content_id, l.labelled_at desc, l.id),"
          + " app as (select distinct on (l.content_id) l.content_id, l.violation"
          + " from moderation_label l where l.source = 'APPEAL'"
          + " and l.content_id in (select content_id from s)"
          + " order by l.content_id, l.labelled_at desc, l.id)";

  private static final String COUNTS =
      " select s.k, s.v, count(*), count(*) filter (where s.acted),"
          + " count(*) filter (where s.flags and lab.content_id is not null),"
          + " count(*) filter (where s.flags and lab.violation),"
          + " count(*) filter (where s.acted and s.flags and app.violation = false)"
          + " from s left join lab on lab.content_id = s.content_id"
          + " left join app on app.content_id = s.content_id group by s.k, s.v";

  private static final String RECALL =
      " known as (select distinct on (l.content_id) l.content_id, l.violation, l.policy_code"
          + " from moderation_label l join content_item c on c.id = l.content_id"
          + " where c.market = ?1 and c.received_at >= ?2 and c.received_at < ?3"
          + " order by l.content_id, l.labelled_at desc, l.id),"
          + " kv as (select content_id, policy_code from known where violation),"
          + " keys as (select distinct s.k, s.v, s.policy from s)"
          + " select keys.k, keys.v, count(kv.content_id), count(kv.content_id) filter (where"
          + " exists (select 1 from s where s.k = keys.k and s.v = keys.v"
          + " and s.content_id = kv.content_id and s.flags))"
          + " from keys join kv on keys.policy is null or kv.policy_code = keys.policy"
          + " group by keys.k, keys.v";

  /** How often one strategy version matched in a recent window and in the baseline before it. */
  public record HitRate(String strategyId, int version, long recentHits, long baselineHits) {}

  /** Items a market screened in a recent window and in the baseline before it. */
  public record Screened(long recent, long baseline) {}

  /**
   * Matches per strategy version (acting or not: a version's match rate is what spikes, whatever
   * its stage was) in {@code [recentFrom, now]} and in the baseline {@code [baselineFrom,
   * recentFrom)}.
   */
  public Uni<List<HitRate>> hitRates(
      String market, Instant baselineFrom, Instant recentFrom, Instant now) {
    return rows(
            "select h.strategy_id::text, h.strategy_version,"
                + " count(*) filter (where h.hit_at >= ?2), count(*) filter (where h.hit_at < ?2)"
                + " from strategy_hit h where h.market = ?1 and h.hit_at >= ?3 and h.hit_at <= ?4"
                + " group by 1, 2",
            List.of(market, recentFrom, baselineFrom, now))
        .map(
            rows ->
                rows.stream()
                    .map(r -> new HitRate((String) r[0], (int) num(r[1]), num(r[2]), num(r[3])))
                    .toList());
  }

  /** Items screened in the same two windows as {@link #hitRates}. */
  public Uni<Screened> screened(
      String market, Instant baselineFrom, Instant recentFrom, Instant now) {
    return rows(
            "select count(*) filter (where c.received_at >= ?2),"
                + " count(*) filter (where c.received_at < ?2) from content_item c"
                + " where c.market = ?1 and c.received_at >= ?3 and c.received_at <= ?4",
            List.of(market, recentFrom, baselineFrom, now))
        .map(rows -> new Screened(num(rows.get(0)[0]), num(rows.get(0)[1])));
  }

  /** Per strategy version; {@code strategyId} null for every strategy of the market. */
  public Uni<List<Keyed>> strategies(String market, Instant from, Instant to, UUID strategyId) {
    return strategyId == null
        ? figures(STRATEGY_SUBJECT, market, from, to)
        : figures(ONE_STRATEGY, market, from, to, strategyId);
  }

  /** Per term list or hash bank ({@code source}); {@code name} null for all of the market. */
  public Uni<List<Keyed>> signals(
      String market, Instant from, Instant to, String source, String name) {
    return figures(SIGNAL_SUBJECT, market, from, to, source, name == null ? "" : name);
  }

  /** The market's items as a whole. */
  public Uni<QualityFigures> market(String market, Instant from, Instant to) {
    return figures(MARKET_SUBJECT, market, from, to)
        .map(rows -> rows.isEmpty() ? QualityFigures.none() : rows.get(0).figures());
  }

  private Uni<List<Keyed>> figures(
      String subject, String market, Instant from, Instant to, Object... more) {
    List<Object> params = new ArrayList<>(List.of(market, from, to));
    params.addAll(java.util.Arrays.asList(more));
    String counts = "with s as (" + subject + "), " + LATEST_LABELS + COUNTS;
    String recall = "with s as (" + subject + ")," + RECALL;
    return rows(counts, params)
        .flatMap(
            countRows ->
                rows(recall, params)
                    .map(
                        recallRows -> {
                          Map<String, long[]> known = new HashMap<>();
                          for (Object[] r : recallRows) {
                            known.put(r[0] + "#" + r[1], new long[] {num(r[2]), num(r[3])});
                          }
                          Map<String, Keyed> result = new LinkedHashMap<>();
                          for (Object[] r : countRows) {
                            long[] k = known.getOrDefault(r[0] + "#" + r[1], new long[2]);
                            result.put(
                                r[0] + "#" + r[1],
                                new Keyed(
                                    (String) r[0],
                                    (int) num(r[1]),
                                    QualityFigures.of(
                                        num(r[2]), num(r[3]), num(r[4]), num(r[5]), num(r[6]), k[0],
                                        k[1])));
                          }
                          return List.copyOf(result.values());
                        }));
  }

  private static Uni<List<Object[]>> rows(String sql, List<Object> params) {
    return Panache.getSession()
        .flatMap(
            session -> {
              var query = session.createNativeQuery(sql, Object[].class);
              for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
              }
              return query.getResultList();
            });
  }

  private static long num(Object value) {
    return ((Number) value).longValue();
  }
}
