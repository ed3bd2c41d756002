package com.shopwarden.moderation.screening;

import com.shopwarden.media.pdq.PdqHash;

/**
 * A PDQ hash of the item's media to look up in the hash banks.
 *
 * @param hash the hash
 * @param quality PDQ quality 0-100 (100 for upstream hashes sent without one, which upstream is
 *     expected to have filtered)
 */
public record MediaHash(PdqHash hash, int quality) {}
