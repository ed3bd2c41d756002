package com.shopwarden.text;

/**
 * A term found in a text, with its position in the original (not the normalised) text.
 *
 * @param termId the matched term's id
 * @param list the list of the term
 * @param term the term as written in the list
 * @param mode the term's match mode
 * @param severity the term's severity
 * @param start UTF-16 index of the first character of the match in the original text
 * @param end UTF-16 index just past the match in the original text
 * @param excerpt the original text between {@code start} and {@code end}, evasions included
 */
public record TermMatch(
    String termId,
    String list,
    String term,
    MatchMode mode,
    TermSeverity severity,
    int start,
    int end,
    String excerpt) {}
