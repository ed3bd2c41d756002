package com.shopwarden.contracts.enforcement;

import com.shopwarden.contracts.Require;

/**
 * One field of a statement of reasons that failed validation.
 *
 * @param field the statement's field in the DSA Transparency Database format, e.g. {@code
 *     decision_ground}
 * @param problem what is wrong with it, without personal data
 */
public record FailedField(String field, String problem) {

  public FailedField {
    Require.text(field, "field");
    Require.text(problem, "problem");
  }
}
