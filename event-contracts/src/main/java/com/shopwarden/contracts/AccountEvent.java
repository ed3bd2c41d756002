package com.shopwarden.contracts;

/**
 * An event about one account. Its key is the account id, so all of one account's events on a topic
 * are consumed in the order they were produced.
 */
public interface AccountEvent extends DomainEvent {

  /** The account's id, opaque to the suite. */
  String accountId();

  /** Whether the account is a creator's or a seller's. */
  AccountType accountType();

  /** The account id: one account's events stay ordered. */
  @Override
  default String partitionKey() {
    return accountId();
  }
}
