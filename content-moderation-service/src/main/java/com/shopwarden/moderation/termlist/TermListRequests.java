package com.shopwarden.moderation.termlist;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.shopwarden.contracts.Severity;
import com.shopwarden.text.MatchMode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Bodies of the term-list admin API. */
public final class TermListRequests {

  private TermListRequests() {}

  /** A new list. */
  public record NewList(
      @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String name,
      @Size(max = 8) String language,
      @Size(max = 500) String description) {}

  /** A new term. */
  public record NewTerm(
      @NotBlank @Size(max = 200) String text,
      @NotNull MatchMode mode,
      @NotNull Severity severity,
      @Size(max = 20) List<@NotBlank @Size(max = 8) String> languages) {}

  /** A new allow-list exception. */
  public record NewException(
      @NotBlank @Size(max = 200) String text,
      @Size(max = 20) List<@NotBlank @Size(max = 8) String> languages) {}

  /**
   * One element of a JSON import: the shape of the entries of {@code GET /term-lists/{name}}, so an
   * exported list imports again. Checked by {@link TermImport}, which names the failing row.
   *
   * @param text the term or exception ({@code term} is accepted too, as in the CSV header)
   * @param kind {@code TERM} or {@code EXCEPTION}; absent means a term, or an exception when the
   *     mode is {@code EXCEPTION}
   */
  public record ImportRow(
      @JsonAlias("term") String text,
      String kind,
      String mode,
      String severity,
      List<String> languages) {}
}
