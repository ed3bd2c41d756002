package com.shopwarden.contracts;

/** The kind of content item a decision is about. */
public enum ContentKind {
  /** A short video, whose violations are the creator's. */
  SHORT_VIDEO,
  /** A segment of a livestream, whose violations are the creator's. */
  LIVESTREAM_SEGMENT,
  /** A product listing, whose violations are the seller's. */
  PRODUCT_LISTING,
  /** A stand-alone image (for example a shop banner or a listing image). */
  IMAGE
}
