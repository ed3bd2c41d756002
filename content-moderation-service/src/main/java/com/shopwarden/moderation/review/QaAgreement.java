package com.shopwarden.moderation.review;

import com.shopwarden.access.Caller;
import com.shopwarden.access.MarketAccess;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often blind QA re-reviews agreed with the decisions they re-reviewed, per moderator who took
 * the decision and per queue it was taken in, over QA decisions taken in a window.
 */
@ApplicationScoped
public class QaAgreement {

  private final MarketAccess access;

  public QaAgreement(MarketAccess access) {
    this.access = access;
  }

  /**
   * Agreement of one group.
   *
   * @param key the moderator's subject or the queue id
   * @param reviewed QA decisions taken
   * @param agreed those that agreed (same outcome and, for an uphold, the same policy)
   * @param rate agreed ÷ reviewed
   */
  public record Agreement(String key, long reviewed, long agreed, double rate) {}

  /** The report over {@code [from, to)}. */
  public record Report(
      String market,
      Instant from,
      Instant to,
      long reviewed,
      long agreed,
      Double rate,
      List<Agreement> byModerator,
      List<Agreement> byQueue) {}

  @WithSession
  @SuppressWarnings("unchecked")
  public Uni<Report> report(Caller caller, String market, Instant from, Instant to) {
    String code = access.require(caller, market).code().name();
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "select qa_subject, qa_queue, count(*), count(*) filter (where qa_agreed)"
                            + " from review_task where market = ?1 and purpose = 'QA'"
                            + " and status = 'DECIDED' and decided_at >= cast(?2 as timestamptz)"
                            + " and decided_at < cast(?3 as timestamptz)"
                            + " group by qa_subject, qa_queue",
                        Object[].class)
                    .setParameter(1, code)
                    .setParameter(2, from)
                    .setParameter(3, to)
                    .getResultList())
        .map(rows -> report(code, from, to, (List<Object[]>) (List<?>) rows));
  }

  private static Report report(String market, Instant from, Instant to, List<Object[]> rows) {
    Map<String, long[]> byModerator = new TreeMap<>();
    Map<String, long[]> byQueue = new TreeMap<>();
    long reviewed = 0;
    long agreed = 0;
    for (Object[] r : rows) {
      long n = ((Number) r[2]).longValue();
      long a = ((Number) r[3]).longValue();
      add(byModerator, (String) r[0], n, a);
      add(byQueue, (String) r[1], n, a);
      reviewed += n;
      agreed += a;
    }
    return new Report(
        market,
        from,
        to,
        reviewed,
        agreed,
        reviewed == 0 ? null : (double) agreed / reviewed,
        list(byModerator),
        list(byQueue));
  }

  private static void add(Map<String, long[]> groups, String key, long n, long a) {
    long[] sums = groups.computeIfAbsent(key, k -> new long[2]);
    sums[0] += n;
    sums[1] += a;
  }

  private static List<Agreement> list(Map<String, long[]> groups) {
    List<Agreement> out = new ArrayList<>();
    groups.forEach((k, v) -> out.add(new Agreement(k, v[0], v[1], (double) v[1] / v[0])));
    return out;
  }
}
