package com.shopwarden.moderation.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * The evidence a decision rests on, as frozen when the item was screened.
 *
 * @param content the item as received: texts (the live transcript window included), hashes, reach,
 *     report
 * @param signals the term, score and hash signals and the matching strategies
 * @param explanation verdict, policy, severity, reason and the deciding strategy
 */
public record EvidenceView(
    UUID id,
    UUID contentId,
    String market,
    Instant capturedAt,
    JsonNode content,
    JsonNode signals,
    JsonNode explanation) {}
