package com.shopwarden.problem;

/**
 * One field that failed validation: its path in the request (e.g. {@code text.title}, {@code
 * market}, {@code items[3].count}) and why.
 */
public record FieldViolation(String field, String message) {}
