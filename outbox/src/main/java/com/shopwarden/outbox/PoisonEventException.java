package com.shopwarden.outbox;

/**
 * Why a message went to the dead-letter topic. Its message becomes the {@code dead-letter-reason}
 * header, so it says what was wrong in words an operator can act on.
 */
public class PoisonEventException extends RuntimeException {

  public PoisonEventException(String reason) {
    super(reason, null, false, false);
  }
}
