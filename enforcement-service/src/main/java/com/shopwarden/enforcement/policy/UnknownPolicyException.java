package com.shopwarden.enforcement.policy;

/** A violation names a policy code the market's penalty policy does not have. */
public class UnknownPolicyException extends IllegalArgumentException {

  public UnknownPolicyException(String market, String policyCode) {
    super("policy " + policyCode + " is not in the penalty policy of market " + market);
  }
}
