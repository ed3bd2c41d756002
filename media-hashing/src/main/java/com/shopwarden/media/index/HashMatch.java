package com.shopwarden.media.index;

/**
 * One bank entry within the query's distance.
 *
 * @param id the entry's id as given when it was added (the bank maps it to its label)
 * @param distance Hamming distance to the query, 0..256
 */
public record HashMatch(int id, int distance) {}
