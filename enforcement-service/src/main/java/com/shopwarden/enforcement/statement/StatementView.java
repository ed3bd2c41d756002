package com.shopwarden.enforcement.statement;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A statement of reasons as the API shows it: the filed body and where it stands. */
public record StatementView(
    String id,
    String measureId,
    String puid,
    String market,
    StatementStatus status,
    JsonNode statement,
    JsonNode failedFields,
    Instant createdAt,
    Instant submittedAt) {}
