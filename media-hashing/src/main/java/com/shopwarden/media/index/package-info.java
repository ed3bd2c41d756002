/**
 * Hamming-distance indexes over banks of 256-bit hashes held in primitive arrays: a multi-index
 * over 16-bit chunks for millions of hashes, a patchable variant for runtime bank changes, and a
 * linear scan as the correctness oracle.
 */
package com.shopwarden.media.index;
