package com.shopwarden.contracts;

/**
 * What set the decision in motion, in the terms of the DSA Transparency Database ({@code
 * source_type}).
 */
public enum ViolationSource {
  /** The platform's own initiative (screening, investigation). */
  VOLUNTARY,
  /** A notice under DSA Art. 16 (or another notice regime, such as a DMCA notice). */
  ARTICLE_16,
  /** A notice from a trusted flagger (DSA Art. 22). */
  TRUSTED_FLAGGER
}
