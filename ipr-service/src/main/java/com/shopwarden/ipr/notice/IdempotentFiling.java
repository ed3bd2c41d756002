package com.shopwarden.ipr.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.access.Caller;
import com.shopwarden.ipr.config.IprConfig;
import com.shopwarden.ipr.notice.NoticeApi.Filing;
import com.shopwarden.ipr.notice.NoticeApi.NoticeView;
import com.shopwarden.problem.FieldViolation;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Filing with an {@code Idempotency-Key} (draft-ietf-httpapi-idempotency-key-header): a repeat by
 * the same caller with the same key and the same body gets the first answer again and files
 * nothing; the same key with another body is refused (422); a repeat racing the first one is told
 * to retry (409). Keys are remembered for {@code shopwarden.ipr.idempotency-key-ttl}.
 */
@ApplicationScoped
public class IdempotentFiling {

  /** The request header. */
  public static final String HEADER = "Idempotency-Key";

  private static final Pattern KEY = Pattern.compile("[\\x20-\\x7E]{1,255}");

  /**
   * The answer to a filing.
   *
   * @param body the notice view as JSON, exactly as first sent
   * @param replayed whether this repeats an earlier answer
   */
  public record Answer(String body, boolean replayed) {}

  private final NoticeFilingService filing;
  private final FilingKeyRepository keys;
  private final ObjectMapper mapper;
  private final IprConfig config;
  private final Clock clock;

  public IdempotentFiling(
      NoticeFilingService filing,
      FilingKeyRepository keys,
      ObjectMapper mapper,
      IprConfig config,
      Clock clock) {
    this.filing = filing;
    this.keys = keys;
    this.mapper = mapper;
    this.config = config;
    this.clock = clock;
  }

  @WithTransaction
  public Uni<Answer> file(Caller caller, Filing request, String idempotencyKey) {
    if (idempotencyKey == null) {
      return filing.file(caller, request).map(view -> new Answer(json(view), false));
    }
    if (!KEY.matcher(idempotencyKey).matches()) {
      throw ProblemException.invalidField(HEADER, "1 to 255 printable ASCII characters");
    }
    String hash = hash(request);
    Instant now = clock.instant();
    return keys.findById(new FilingKey.Key(caller.subject(), idempotencyKey))
        .chain(
            found -> {
              if (found != null && found.createdAt.isAfter(now.minus(config.idempotencyKeyTtl()))) {
                if (!found.requestHash.equals(hash)) {
                  throw new ProblemException(
                      ProblemType.UNPROCESSABLE,
                      "this Idempotency-Key was used for another request body",
                      List.of(new FieldViolation(HEADER, "already used for another request body")),
                      Map.of());
                }
                return Uni.createFrom().item(new Answer(found.response, true));
              }
              Uni<Void> forgetExpired =
                  found == null
                      ? Uni.createFrom().voidItem()
                      : keys.delete(found).call(keys::flush);
              return forgetExpired
                  .chain(() -> filing.file(caller, request))
                  .chain(view -> remember(caller, idempotencyKey, hash, view, now));
            });
  }

  private Uni<Answer> remember(
      Caller caller, String idempotencyKey, String hash, NoticeView view, Instant now) {
    FilingKey key = new FilingKey();
    key.callerSubject = caller.subject();
    key.idempotencyKey = idempotencyKey;
    key.requestHash = hash;
    key.noticeId = view.noticeId();
    key.response = json(view);
    key.createdAt = now;
    return keys.persist(key)
        .call(keys::flush)
        .map(x -> new Answer(key.response, false))
        .onFailure(IdempotentFiling::isKeyCollision)
        .transform(
            e ->
                ProblemException.conflict(
                    "a request with this Idempotency-Key is being processed; repeat it to get"
                        + " its answer"));
  }

  /** A concurrent first use of the same key lost the race on the key's primary key. */
  static boolean isKeyCollision(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && message.contains("notice_filing_key_pkey")) {
        return true;
      }
    }
    return false;
  }

  private String hash(Filing request) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(mapper.writeValueAsBytes(request));
      return HexFormat.of().formatHex(digest);
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot hash the filing", e);
    }
  }

  private String json(NoticeView view) {
    try {
      return mapper.writeValueAsString(view);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the notice view", e);
    }
  }
}
