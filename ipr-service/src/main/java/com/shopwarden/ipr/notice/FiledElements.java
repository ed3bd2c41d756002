package com.shopwarden.ipr.notice;

import com.shopwarden.ipr.notice.NoticeApi.Contact;
import com.shopwarden.ipr.notice.NoticeApi.Filing;
import com.shopwarden.ipr.notice.NoticeApi.Item;
import com.shopwarden.ipr.notice.NoticeApi.Supplement;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reads which elements a filing holds, and turns filings into stored rows and back. */
final class FiledElements {

  private FiledElements() {}

  /** The elements present in a filing. */
  static Set<NoticeElement> of(Filing filing) {
    Set<NoticeElement> present = EnumSet.noneOf(NoticeElement.class);
    boolean assets = filing.assetIds() != null && !filing.assetIds().isEmpty();
    if (assets) {
      present.add(NoticeElement.REGISTERED_ASSET);
    }
    if (assets || text(filing.workDescription()) != null) {
      present.add(NoticeElement.WORK_IDENTIFIED);
    }
    List<Item> items = filing.items() == null ? List.of() : filing.items();
    if (!items.isEmpty()) {
      present.add(NoticeElement.MATERIAL_IDENTIFIED);
      if (items.stream().allMatch(i -> text(i.location()) != null)) {
        present.add(NoticeElement.MATERIAL_LOCATION);
      }
    }
    Contact contact = filing.contact();
    if (contact != null) {
      addIf(present, NoticeElement.NOTIFIER_NAME, contact.name());
      addIf(present, NoticeElement.NOTIFIER_EMAIL, contact.email());
      addIf(present, NoticeElement.NOTIFIER_PHONE, contact.phone());
      addIf(present, NoticeElement.NOTIFIER_ADDRESS, contact.address());
    }
    addIf(present, NoticeElement.SIGNATURE, filing.signature());
    addIf(present, NoticeElement.EXPLANATION, filing.explanation());
    if (filing.goodFaithStatement()) {
      present.add(NoticeElement.GOOD_FAITH_STATEMENT);
    }
    if (filing.accuracyStatement()) {
      present.add(NoticeElement.ACCURACY_AND_AUTHORITY_STATEMENT);
    }
    return present;
  }

  /** The stored notice with a supplement laid over it, as one filing. */
  static Filing merge(
      Notice notice, List<NoticeItem> stored, NoticeContact contact, Supplement more) {
    List<UUID> assets =
        more.assetIds() != null && !more.assetIds().isEmpty()
            ? more.assetIds()
            : notice.assetIds.stream().map(UUID::fromString).toList();
    Map<String, String> locations = more.locations() == null ? Map.of() : more.locations();
    List<Item> items =
        stored.stream()
            .map(
                i ->
                    new Item(
                        i.contentId,
                        i.contentVersion,
                        i.contentKind,
                        i.contentDate,
                        i.language,
                        locations.getOrDefault(i.contentId, i.location),
                        i.accountId,
                        i.accountType,
                        i.contentText,
                        i.pdqHashes,
                        i.ean))
            .toList();
    Contact given = more.contact();
    Contact merged =
        new Contact(
            pick(given == null ? null : given.name(), contact.name),
            pick(given == null ? null : given.email(), contact.email),
            pick(given == null ? null : given.phone(), contact.phone),
            pick(given == null ? null : given.address(), contact.address));
    return new Filing(
        notice.market,
        notice.organisationId,
        assets,
        pick(more.workDescription(), notice.workDescription),
        pick(more.explanation(), notice.explanation),
        items,
        merged,
        pick(more.signature(), contact.signature),
        more.goodFaithStatement() != null ? more.goodFaithStatement() : notice.goodFaith,
        more.accuracyStatement() != null ? more.accuracyStatement() : notice.accuracySworn);
  }

  /** Writes a merged filing back onto the stored rows. */
  static void apply(Filing merged, Notice notice, List<NoticeItem> stored, NoticeContact contact) {
    notice.assetIds = merged.assetIds().stream().map(UUID::toString).distinct().toList();
    notice.workDescription = text(merged.workDescription());
    notice.explanation = text(merged.explanation());
    notice.goodFaith = merged.goodFaithStatement();
    notice.accuracySworn = merged.accuracyStatement();
    for (int i = 0; i < stored.size(); i++) {
      stored.get(i).location = text(merged.items().get(i).location());
    }
    contact.name = text(merged.contact().name());
    contact.email = text(merged.contact().email());
    contact.phone = text(merged.contact().phone());
    contact.address = text(merged.contact().address());
    contact.signature = text(merged.signature());
  }

  static List<NoticeItem> items(UUID noticeId, List<Item> items) {
    return (items == null ? List.<Item>of() : items)
        .stream()
            .map(
                i -> {
                  NoticeItem item = new NoticeItem();
                  item.id = UUID.randomUUID();
                  item.noticeId = noticeId;
                  item.contentId = i.contentId().strip();
                  item.contentVersion = i.contentVersion();
                  item.contentKind = i.contentKind();
                  item.contentDate = i.contentDate();
                  item.language = i.language();
                  item.location = text(i.location());
                  item.accountId = i.accountId().strip();
                  item.accountType = i.accountType();
                  item.contentText = text(i.text());
                  item.pdqHashes =
                      i.pdqHashes() == null
                          ? List.of()
                          : i.pdqHashes().stream().distinct().toList();
                  item.ean = i.ean();
                  return item;
                })
            .toList();
  }

  static NoticeContact contact(UUID noticeId, Contact given, String signature) {
    NoticeContact contact = new NoticeContact();
    contact.noticeId = noticeId;
    if (given != null) {
      contact.name = text(given.name());
      contact.email = text(given.email());
      contact.phone = text(given.phone());
      contact.address = text(given.address());
    }
    contact.signature = text(signature);
    return contact;
  }

  /** The stripped text, or null when blank. */
  static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String pick(String given, String stored) {
    return text(given) != null ? given : stored;
  }

  private static void addIf(Set<NoticeElement> present, NoticeElement element, String value) {
    if (text(value) != null) {
      present.add(element);
    }
  }
}
