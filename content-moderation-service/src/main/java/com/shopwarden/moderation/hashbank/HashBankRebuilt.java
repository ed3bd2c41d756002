package com.shopwarden.moderation.hashbank;

/** A bank of the market was re-indexed in the background: policies built before are stale. */
public record HashBankRebuilt(String market) {}
