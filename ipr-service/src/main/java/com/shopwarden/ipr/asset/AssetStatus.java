package com.shopwarden.ipr.asset;

/** Where a registered asset stands; only VERIFIED assets back notices and detection. */
public enum AssetStatus {
  PENDING,
  VERIFIED,
  REFUSED,
  WITHDRAWN
}
