package com.shopwarden.moderation.termlist;

import com.shopwarden.text.AllowException;
import com.shopwarden.text.MatchMode;
import com.shopwarden.text.Term;
import com.shopwarden.text.TermIndex;
import com.shopwarden.text.TermSeverity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns a market's stored lists into one {@link TermIndex} (one automaton for every list). */
public final class TermListCompiler {

  private TermListCompiler() {}

  public static TermIndex compile(List<TermListEntity> lists, List<TermEntryEntity> entries) {
    Map<UUID, TermListEntity> byId =
        lists.stream().collect(Collectors.toMap(l -> l.id, Function.identity()));
    List<Term> terms = new ArrayList<>();
    List<AllowException> exceptions = new ArrayList<>();
    for (TermEntryEntity e : entries) {
      TermListEntity list = byId.get(e.listId);
      if (list == null) {
        continue;
      }
      Set<String> languages = languagesOf(list, e);
      if (TermEntryEntity.EXCEPTION.equals(e.kind)) {
        exceptions.add(new AllowException(e.id.toString(), list.name, e.text, languages));
      } else {
        terms.add(
            new Term(
                e.id.toString(),
                list.name,
                e.text,
                MatchMode.valueOf(e.mode),
                TermSeverity.valueOf(e.severity),
                languages));
      }
    }
    return TermIndex.compile(terms, exceptions);
  }

  /** An entry's own languages, else its list's language, else every language. */
  static Set<String> languagesOf(TermListEntity list, TermEntryEntity e) {
    List<String> own = TermListView.languages(e.languages);
    if (!own.isEmpty()) {
      return new HashSet<>(own);
    }
    return list.language == null ? Set.of() : Set.of(list.language);
  }
}
