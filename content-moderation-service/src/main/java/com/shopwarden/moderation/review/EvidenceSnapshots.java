package com.shopwarden.moderation.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.access.Caller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.moderation.intake.EvidenceSnapshotEntity;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/** Reads frozen evidence by id, within the caller's markets. */
@ApplicationScoped
public class EvidenceSnapshots {

  private final MarketAccess access;
  private final ObjectMapper json;

  public EvidenceSnapshots(MarketAccess access, ObjectMapper json) {
    this.access = access;
    this.json = json;
  }

  @WithSession
  public Uni<EvidenceView> get(Caller caller, UUID id) {
    return EvidenceSnapshotEntity.<EvidenceSnapshotEntity>findById(id)
        .map(
            s -> {
              if (s == null) {
                throw ProblemException.notFound("no evidence snapshot " + id);
              }
              access.require(caller, s.market);
              return new EvidenceView(
                  s.id,
                  s.contentId,
                  s.market,
                  s.capturedAt,
                  tree(s.content),
                  tree(s.signals),
                  tree(s.explanation));
            });
  }

  private JsonNode tree(String stored) {
    try {
      return stored == null ? null : json.readTree(stored);
    } catch (IOException e) {
      throw new UncheckedIOException("stored evidence is unreadable", e);
    }
  }
}
