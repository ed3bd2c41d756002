package com.shopwarden.ipr.notice;

import com.shopwarden.contracts.ContentKind;
import com.shopwarden.ipr.notice.NoticeApi.Item;
import com.shopwarden.problem.ProblemException;
import java.util.List;

/**
 * A notice item's EAN-13: only a product listing has one, and its check digit must be right (GS1:
 * weights 1 and 3 from the left over the first twelve digits), because enforcement puts it in the
 * statement of reasons as the content identifier.
 */
final class ListingEan {

  private ListingEan() {}

  /** 400 naming {@code items[i].ean} for an EAN on a non-listing or with a wrong check digit. */
  static void check(List<Item> items) {
    if (items == null) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      String ean = item.ean();
      if (ean == null) {
        continue;
      }
      String field = "items[" + i + "].ean";
      if (item.contentKind() != ContentKind.PRODUCT_LISTING) {
        throw ProblemException.invalidField(field, "only a PRODUCT_LISTING carries an EAN");
      }
      if (!valid(ean)) {
        throw ProblemException.invalidField(field, "not an EAN-13 (wrong check digit)");
      }
    }
  }

  /** Whether 13 digits carry a correct EAN-13 check digit. */
  static boolean valid(String ean) {
    if (ean == null || !ean.matches("[0-9]{13}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      int digit = ean.charAt(i) - '0';
      sum += i % 2 == 0 ? digit : 3 * digit;
    }
    return (10 - sum % 10) % 10 == ean.charAt(12) - '0';
  }
}
