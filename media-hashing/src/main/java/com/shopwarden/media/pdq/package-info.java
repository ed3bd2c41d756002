/**
 * PDQ perceptual hashing: {@link com.shopwarden.media.pdq.PdqHasher} turns an image into a 256-bit
 * {@link com.shopwarden.media.pdq.PdqHash} with a quality score, and into the eight dihedral
 * variants from one pass. Bit-exact with Meta's reference on JDK 17 (see docs/media-matching.md).
 */
package com.shopwarden.media.pdq;
