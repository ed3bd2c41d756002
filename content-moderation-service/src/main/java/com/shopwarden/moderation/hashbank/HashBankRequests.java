package com.shopwarden.moderation.hashbank;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Bodies of the hash-bank admin API. */
public final class HashBankRequests {

  static final String NAME = "[a-z0-9][a-z0-9-]{0,63}";
  static final String HEX = "[0-9a-fA-F]{64}";

  private HashBankRequests() {}

  /**
   * A new bank.
   *
   * @param kind what a match means to policies ({@code COUNTERFEIT_LOGO}, {@code PROHIBITED_ITEM},
   *     {@code REMOVED_CONTENT}, or another upper-case word)
   * @param negative whether matches of this bank suppress the other banks' matches
   * @param maxDistance match at Hamming distance up to this (default 31)
   * @param minQuality ignore hashes below this PDQ quality (default 50)
   */
  public record NewBank(
      @NotBlank @Size(max = 64) @Pattern(regexp = NAME) String name,
      @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String kind,
      boolean negative,
      @Min(0) @Max(128) Integer maxDistance,
      @Min(0) @Max(100) Integer minQuality,
      @Size(max = 500) String description) {}

  /**
   * A change of a bank's settings ({@code PATCH}): only the fields given change; one that equals
   * the current value changes nothing. {@code name}, {@code negative} and {@code kind} cannot
   * change (strategies and past decisions name the bank and read what its matches mean): a
   * different value is refused with 409 naming the field, the same value is accepted so that a
   * client may send back what it read.
   *
   * @param maxDistance match at Hamming distance up to this
   * @param minQuality ignore hashes below this PDQ quality (entries and items)
   * @param description what the bank holds, for people; an empty string removes it
   */
  public record BankSettings(
      @Min(0) @Max(128) Integer maxDistance,
      @Min(0) @Max(100) Integer minQuality,
      @Size(max = 500) String description,
      Boolean negative,
      @Size(max = 40) String kind,
      @Size(max = 64) String name) {}

  /** A new entry. */
  public record NewEntry(
      @NotNull @Pattern(regexp = HEX) String hash,
      @NotNull @Min(0) @Max(100) Integer quality,
      @Size(max = 200) String label) {}
}
