package com.shopwarden.contracts.ipr;

/** The kind of intellectual-property right a registered asset stands for. */
public enum AssetKind {
  TRADEMARK,
  COPYRIGHT,
  PATENT,
  DESIGN
}
