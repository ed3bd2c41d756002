package com.shopwarden.moderation.intake;

/** Recognises the unique-key race of two identical submissions arriving together. */
final class DuplicateSubmission {

  private DuplicateSubmission() {}

  static boolean isDuplicateKey(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null
          && message.contains("content_item_source_platform_external_id_version_key")) {
        return true;
      }
    }
    return false;
  }
}
