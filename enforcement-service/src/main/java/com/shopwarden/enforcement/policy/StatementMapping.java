package com.shopwarden.enforcement.policy;

import java.util.List;
import java.util.Objects;

/**
 * How a policy is explained in a statement of reasons (DSA Art. 17, Transparency Database format).
 *
 * @param ground {@code DECISION_GROUND_ILLEGAL_CONTENT} or {@code
 *     DECISION_GROUND_INCOMPATIBLE_CONTENT}
 * @param legalGround the law (illegal content) or the terms-and-conditions clause (incompatible
 *     content) the decision rests on
 * @param explanation why content under this policy is illegal or incompatible
 * @param category one of the database's statement categories
 * @param keywords category specification keywords, possibly empty
 * @param referenceUrl public page of the rule; {@code null} when none
 * @param incompatibleIllegal "Yes" or "No" for incompatible content that is also illegal; {@code
 *     null} otherwise
 */
public record StatementMapping(
    String ground,
    String legalGround,
    String explanation,
    String category,
    List<String> keywords,
    String referenceUrl,
    String incompatibleIllegal) {

  public StatementMapping {
    Objects.requireNonNull(ground, "statement ground");
    Objects.requireNonNull(legalGround, "statement legalGround");
    Objects.requireNonNull(explanation, "statement explanation");
    Objects.requireNonNull(category, "statement category");
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }
}
