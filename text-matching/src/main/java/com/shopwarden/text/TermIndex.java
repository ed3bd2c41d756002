package com.shopwarden.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Term lists compiled for matching: every term and allow-list exception is normalised once and put
 * into one Aho-Corasick automaton per normalisation policy, so a text is scanned once whatever the
 * number of terms. Repeated letters are squeezed on both sides and compared by run length ({@link
 * LetterRuns}), so stretched spellings ({@code viiiagra}) hit while doubled letters keep their
 * meaning ({@code as} is not {@code ass}). Immutable and thread-safe; rebuild it when a list
 * changes.
 */
public final class TermIndex {

  private final EvasionNormaliser normaliser;
  private final Map<MarkPolicy, Compiled> compiled = new EnumMap<>(MarkPolicy.class);
  private final int termCount;

  private TermIndex(EvasionNormaliser normaliser, List<Term> terms, List<AllowException> allow) {
    this.normaliser = normaliser;
    this.termCount = terms.size();
    for (MarkPolicy policy : MarkPolicy.values()) {
      LanguageProfile sample = sampleProfile(policy);
      compiled.put(policy, new Compiled(normaliser, sample, terms, allow));
    }
  }

  /**
   * Compiles terms and allow-list exceptions.
   *
   * @throws IllegalArgumentException if a term or an exception has no matchable characters (only
   *     separators) or names a language the matcher does not know
   */
  public static TermIndex compile(Collection<Term> terms, Collection<AllowException> allow) {
    for (Term t : terms) {
      t.languages().forEach(ScreeningLanguages::require);
    }
    for (AllowException a : allow) {
      a.languages().forEach(ScreeningLanguages::require);
    }
    return new TermIndex(new EvasionNormaliser(), List.copyOf(terms), List.copyOf(allow));
  }

  /** An index that matches nothing. */
  public static TermIndex empty() {
    return compile(List.of(), List.of());
  }

  /** Number of terms in the index. */
  public int size() {
    return termCount;
  }

  /**
   * Every match of a term in {@code text}, in order of position.
   *
   * @param language ISO 639-1 code of the text
   * @throws IllegalArgumentException for an unsupported language
   */
  public List<TermMatch> match(String text, String language) {
    LanguageProfile profile = ScreeningLanguages.require(language);
    if (text == null || text.isEmpty() || termCount == 0) {
      return List.of();
    }
    NormalisedText normalised = normaliser.normalise(text, profile);
    return compiled.get(profile.marks()).match(normalised, language);
  }

  private static LanguageProfile sampleProfile(MarkPolicy policy) {
    for (String code : ScreeningLanguages.codes()) {
      LanguageProfile p = ScreeningLanguages.require(code);
      if (p.marks() == policy) {
        return p;
      }
    }
    throw new IllegalStateException("no language uses " + policy);
  }

  /**
   * The automaton of one normalisation policy and what each keyword stands for. Keywords are the
   * squeezed forms of terms and exceptions ({@link LetterRuns}); each owner keeps its own run
   * lengths, so {@code ass} and {@code as} share a keyword but not their matches.
   */
  private static final class Compiled {
    private final KeywordAutomaton automaton;
    private final List<List<Owner>> owners = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();
    private final Map<Term, Boolean> termHasLetter = new LinkedHashMap<>();

    /** A term or an exception with the run lengths of its normalised text. */
    private record Owner(Object entry, int[] runs) {}

    Compiled(
        EvasionNormaliser normaliser,
        LanguageProfile profile,
        List<Term> terms,
        List<AllowException> allow) {
      Map<String, Integer> keywordIds = new LinkedHashMap<>();
      for (Term term : terms) {
        add(keywordIds, normaliser, profile, term.text(), term, "term " + term.id());
        termHasLetter.put(term, term.text().codePoints().anyMatch(Character::isLetter));
      }
      for (AllowException exception : allow) {
        add(
            keywordIds,
            normaliser,
            profile,
            exception.text(),
            exception,
            "exception " + exception.id());
      }
      automaton = new KeywordAutomaton(new ArrayList<>(keywordIds.keySet()));
    }

    private void add(
        Map<String, Integer> ids,
        EvasionNormaliser normaliser,
        LanguageProfile profile,
        String text,
        Object entry,
        String what) {
      String normalised = normaliser.normalise(text, profile).text();
      if (normalised.isEmpty()) {
        throw new IllegalArgumentException(what + " has nothing to match: '" + text + "'");
      }
      LetterRuns runs = LetterRuns.of(normalised);
      String keyword = runs.letters().toString();
      Integer id = ids.get(keyword);
      if (id == null) {
        id = ids.size();
        ids.put(keyword, id);
        owners.add(new ArrayList<>());
        lengths.add(keyword.length());
      }
      owners.get(id).add(new Owner(entry, runs.lengths()));
    }

    List<TermMatch> match(NormalisedText text, String language) {
      LetterRuns runs = LetterRuns.of(text.text());
      List<Object[]> termHits = new ArrayList<>();
      List<Object[]> exceptionSpans = new ArrayList<>();
      automaton.scan(
          runs.letters(),
          (keyword, end) -> {
            int start = end - lengths.get(keyword);
            for (Owner owner : owners.get(keyword)) {
              if (owner.entry() instanceof AllowException a) {
                List<int[]> spans = runs.spans(owner.runs(), start, end);
                if (!spans.isEmpty()) {
                  exceptionSpans.add(new Object[] {a, spans.get(0)[0], spans.get(0)[1]});
                }
              } else {
                termHits.add(new Object[] {owner, start, end});
              }
            }
          });
      if (termHits.isEmpty()) {
        return List.of();
      }
      List<TermMatch> result = new ArrayList<>();
      for (Object[] hit : termHits) {
        Owner owner = (Owner) hit[0];
        Term term = (Term) owner.entry();
        if (!term.appliesTo(language)) {
          continue;
        }
        for (int[] span : runs.spans(owner.runs(), (int) hit[1], (int) hit[2])) {
          int originalStart = text.originalStart(span[0]);
          int originalEnd = text.originalEnd(span[1] - 1);
          if (fits(term, text, originalStart, originalEnd)) {
            if (!exempt(term, language, span[0], span[1], exceptionSpans)) {
              result.add(
                  new TermMatch(
                      term.id(),
                      term.list(),
                      term.text(),
                      term.mode(),
                      term.severity(),
                      originalStart,
                      originalEnd,
                      text.original().substring(originalStart, originalEnd)));
            }
            break;
          }
        }
      }
      result.sort(Comparator.comparingInt(TermMatch::start).thenComparingInt(TermMatch::end));
      return result;
    }

    private boolean fits(Term term, NormalisedText text, int start, int end) {
      // A number alone never spells a word: "455" is a price, not a leet spelling.
      if (termHasLetter.get(term) && !text.hasLetter(start, end)) {
        return false;
      }
      return term.mode() == MatchMode.SUBSTRING
          || (text.isWordBoundary(start) && text.isWordBoundary(end));
    }

    private static boolean exempt(
        Term term, String language, int start, int end, List<Object[]> spans) {
      for (Object[] span : spans) {
        AllowException a = (AllowException) span[0];
        if ((int) span[1] <= start && end <= (int) span[2] && a.appliesTo(language, term.list())) {
          return true;
        }
      }
      return false;
    }
  }
}
