package com.shopwarden.enforcement.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The hash of an audit entry: SHA-256 over its fields and the previous entry's hash. */
public final class AuditChain {

  /** The previous hash of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  public static String hash(
      long seq,
      Instant recordedAt,
      String kind,
      String subjectId,
      String market,
      String actor,
      String details,
      String previousHash) {
    // Length-prefixed fields, so no choice of values can make two entries serialise alike.
    StringBuilder canonical = new StringBuilder();
    for (String field :
        new String[] {
          Long.toString(seq),
          recordedAt.toString(),
          kind,
          subjectId,
          market,
          actor,
          details,
          previousHash
        }) {
      canonical.append(field.length()).append(':').append(field).append(';');
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  public static String hash(AuditEntry e) {
    return hash(
        e.seq, e.recordedAt, e.kind, e.subjectId, e.market, e.actor, e.details, e.previousHash);
  }
}
