package com.shopwarden.ipr.notice;

import com.shopwarden.contracts.ContentKind;
import com.shopwarden.contracts.InvalidFieldException;
import com.shopwarden.contracts.Require;
import com.shopwarden.ipr.notice.NoticeApi.Item;
import com.shopwarden.problem.ProblemException;
import java.util.List;

/**
 * A notice item's EAN-13: only a product listing has one, and its check digit must be right,
 * because enforcement puts it in the statement of reasons as the content identifier.
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
      try {
        // The rule NoticeUpheld itself applies, so an accepted item always yields a valid event.
        Require.optionalEan13(ean, field);
      } catch (InvalidFieldException e) {
        throw ProblemException.invalidField(field, e.getMessage());
      }
    }
  }
}
