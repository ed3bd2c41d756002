package com.shopwarden.ipr.notice;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Judges a notice against its regime. A notice that lacks elements but substantially identifies the
 * work, the material and a way to reach the notifier is kept as INCOMPLETE and the notifier is
 * asked for the rest (DMCA 512(c)(3)(B)(ii)); one that does not is refused outright.
 */
public final class NoticeCompleteness {

  private NoticeCompleteness() {}

  /**
   * The outcome of the check.
   *
   * @param missing the regime's elements the notice lacks, in declaration order
   * @param identifiable whether work, material and a contact are substantially there
   */
  public record Assessment(List<NoticeElement> missing, boolean identifiable) {

    public boolean complete() {
      return missing.isEmpty();
    }
  }

  /**
   * @param required the elements the market's pack requires
   * @param present the elements the notice holds
   * @param reachable whether any contact (email, phone or address) was given
   */
  public static Assessment assess(
      Set<NoticeElement> required, Set<NoticeElement> present, boolean reachable) {
    Set<NoticeElement> missing = EnumSet.noneOf(NoticeElement.class);
    missing.addAll(required);
    missing.removeAll(present);
    boolean identifiable =
        present.contains(NoticeElement.WORK_IDENTIFIED)
            && present.contains(NoticeElement.MATERIAL_IDENTIFIED)
            && reachable;
    return new Assessment(List.copyOf(missing), identifiable);
  }
}
