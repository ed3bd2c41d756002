package com.shopwarden.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TermIndexTest {

  private static Term word(String id, String list, String text) {
    return Term.of(id, list, text, MatchMode.WHOLE_WORD, TermSeverity.HIGH);
  }

  private static TermIndex index(Term... terms) {
    return TermIndex.compile(List.of(terms), List.of());
  }

  private static List<String> excerpts(TermIndex index, String text, String language) {
    return index.match(text, language).stream().map(TermMatch::excerpt).toList();
  }

  @Nested
  class UnicodeAndCase {
    private final TermIndex index = index(word("wa", "off-platform", "WhatsApp"));

    @Test
    void fullwidthAndMathematicalLettersFoldByNfkc() {
      assertThat(excerpts(index, "chat me on ＷｈａｔｓＡｐｐ now", "en")).containsExactly("ＷｈａｔｓＡｐｐ");
      assertThat(excerpts(index, "hubungi 𝐖𝐡𝐚𝐭𝐬𝐀𝐩𝐩 kak", "id"))
          .containsExactly("𝐖𝐡𝐚𝐭𝐬𝐀𝐩𝐩");
    }

    @Test
    void caseFoldingIncludesSharpS() {
      TermIndex german = index(word("s", "weapons", "Schlagring"), word("st", "x", "Straße"));
      assertThat(excerpts(german, "SCHLAGRING zu verkaufen, STRASSE 5", "de"))
          .containsExactly("SCHLAGRING", "STRASSE");
    }

    @Test
    void zeroWidthCharactersAreIgnored() {
      String text = "add me Whats\u200BA\u200Dpp";
      List<TermMatch> matches = index.match(text, "ms");
      assertThat(matches).singleElement().satisfies(m -> assertThat(m.start()).isEqualTo(7));
      assertThat(matches.get(0).end()).isEqualTo(text.length());
    }
  }

  @Nested
  class Confusables {
    @Test
    void cyrillicAndGreekLookAlikesMatchLatinTerms() {
      TermIndex index =
          index(word("cf", "counterfeit", "counterfeit"), word("wa", "x", "whatsapp"));
      // Cyrillic о (U+043E) and е (U+0435); Greek ο (U+03BF) and ρ is not used on purpose.
      String cyrillic = "c\u043Eunt\u0435rfeit bag";
      String greek = "100% c\u03BFunterfeit";
      String mixed = "wh\u0430ts\u0430pp";
      assertThat(excerpts(index, cyrillic, "en")).containsExactly("c\u043Eunt\u0435rfeit");
      assertThat(excerpts(index, greek, "es")).containsExactly("c\u03BFunterfeit");
      assertThat(excerpts(index, mixed, "tl")).containsExactly(mixed);
    }

    @Test
    void realCyrillicWordsDoNotTurnIntoUnrelatedMatches() {
      TermIndex index = index(word("c", "x", "counterfeit"));
      assertThat(index.match("подделка сумка", "en")).isEmpty();
    }
  }

  @Nested
  class SeparatorsAndSwaps {
    private final TermIndex index =
        index(word("cf", "counterfeit", "counterfeit"), word("wa", "off-platform", "WhatsApp"));

    @Test
    void spacedOutLettersReadAsOneWord() {
      String text = "DM W h a t s A p p for price";
      List<TermMatch> matches = index.match(text, "en");
      assertThat(matches)
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.termId()).isEqualTo("wa");
                assertThat(text.substring(m.start(), m.end())).isEqualTo("W h a t s A p p");
              });
    }

    @Test
    void dotsDashesAndDigitSwapsTogether() {
      assertThat(excerpts(index, "tas c.0.u-n t3rfeit murah", "id"))
          .containsExactly("c.0.u-n t3rfeit");
      assertThat(excerpts(index, "C0UNT3RF31T!!!", "en")).containsExactly("C0UNT3RF31T");
      assertThat(excerpts(index, "wh@t$app me", "en")).containsExactly("wh@t$app");
      assertThat(excerpts(index, "Wh4t5 4pp", "it")).containsExactly("Wh4t5 4pp");
    }

    @Test
    void oneAndLAreTheSameLetterBothWays() {
      TermIndex kill = index(word("k", "violence", "kill"), word("p", "drugs", "pills"));
      assertThat(excerpts(kill, "k1ll him", "en")).containsExactly("k1ll");
      assertThat(excerpts(kill, "KI11", "en")).containsExactly("KI11");
      assertThat(excerpts(kill, "diet p!lls", "en")).containsExactly("p!lls");
    }

    @Test
    void numbersAloneNeverSpellWords() {
      TermIndex ass = index(word("a", "profanity", "ass"), word("t", "profanity", "tits"));
      assertThat(ass.match("price 455 or 7175 baht", "en")).isEmpty();
      assertThat(excerpts(ass, "nice a55", "en")).containsExactly("a55");
    }
  }

  @Nested
  class StretchedLetters {
    private final TermIndex index =
        index(
            word("cf", "counterfeit", "counterfeit"),
            word("v", "prohibited-medical", "viagra"),
            word("ch", "spam", "cheap"),
            word("co", "test", "coffee"),
            word("pz", "test", "pizza"),
            word("kf", "test", "Kaffee"),
            word("ass", "profanity", "ass"),
            word("bet", "gambling", "bet"));

    @Test
    void stretchedWordsMatchWithTheirWholeStretchInTheOriginal() {
      String text = "100% counterrrrfeeeit bag, viiiagra so cheeeap!";
      List<TermMatch> matches = index.match(text, "en");
      assertThat(matches).extracting(TermMatch::termId).containsExactly("cf", "v", "ch");
      assertThat(matches)
          .extracting(TermMatch::start)
          .containsExactly(
              text.indexOf("counterrrrfeeeit"), text.indexOf("viiiagra"), text.indexOf("cheeeap"));
      assertThat(matches)
          .extracting(TermMatch::end)
          .containsExactly(
              text.indexOf("counterrrrfeeeit") + 16,
              text.indexOf("viiiagra") + 8,
              text.indexOf("cheeeap") + 7);
      assertThat(matches)
          .extracting(TermMatch::excerpt)
          .containsExactly("counterrrrfeeeit", "viiiagra", "cheeeap");
    }

    @Test
    void stretchingCombinesWithTheOtherEvasions() {
      assertThat(excerpts(index, "V I I I A G R A", "en")).containsExactly("V I I I A G R A");
      assertThat(excerpts(index, "c0unterrrf3333it", "id")).containsExactly("c0unterrrf3333it");
      assertThat(excerpts(index, "so ch\u0435\u0435\u0435ap", "en"))
          .containsExactly("ch\u0435\u0435\u0435ap");
    }

    @Test
    void legitimateDoubleLettersStillMatchAndMayBeStretchedToo() {
      assertThat(excerpts(index, "fresh coffee and pizza", "en"))
          .containsExactly("coffee", "pizza");
      assertThat(excerpts(index, "Kaffee und Kuchen", "de")).containsExactly("Kaffee");
      assertThat(excerpts(index, "cofffeeee", "en")).containsExactly("cofffeeee");
    }

    @Test
    void aDoubleLetterIsNotAStretch() {
      // "as" is not "ass", the German "Bett" (bed) is not "bet", "cofee" is not "coffee".
      assertThat(index.match("as cheap as it gets", "en"))
          .extracting(TermMatch::termId)
          .containsExactly("ch");
      assertThat(index.match("ein Bett, cofee", "de")).isEmpty();
      assertThat(excerpts(index, "asss", "en")).containsExactly("asss");
    }

    @Test
    void aRunThatRunsIntoTheNextWordStillEndsOnTheWordBoundary() {
      // Removing the space makes "ss s" one run; the whole-word term ends before the space.
      String text = "kick ass sale";
      assertThat(index.match(text, "en"))
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.start()).isEqualTo(5);
                assertThat(m.end()).isEqualTo(8);
              });
      assertThat(index.match("glass sale", "en")).isEmpty();
    }

    @Test
    void substringsInsideARunBehaveAsBefore() {
      TermIndex sub =
          TermIndex.compile(
              List.of(Term.of("s", "adult", "sex", MatchMode.SUBSTRING, TermSeverity.LOW)),
              List.of());
      // A doubled s before it is not part of the hit; a stretched run is, whole.
      assertThat(excerpts(sub, "ssex", "en")).containsExactly("sex");
      assertThat(excerpts(sub, "sssseeex", "en")).containsExactly("sssseeex");
    }

    @Test
    void exceptionsCoverStretchedInnocentWordsToo() {
      TermIndex index =
          TermIndex.compile(
              List.of(Term.of("c", "profanity", "cunt", MatchMode.SUBSTRING, TermSeverity.HIGH)),
              List.of(AllowException.of("scun", "profanity", "Scunthorpe")));
      assertThat(index.match("Scuuunthorpe FC", "en")).isEmpty();
      assertThat(excerpts(index, "Scunthorpe cuuunt", "en")).containsExactly("cuuunt");
    }

    @Test
    void vietnameseAndThaiAreUnaffected() {
      TermIndex vi =
          TermIndex.compile(
              List.of(
                  new Term(
                      "mt",
                      "drugs",
                      "ma túy",
                      MatchMode.PHRASE,
                      TermSeverity.CRITICAL,
                      Set.of("vi"))),
              List.of());
      assertThat(excerpts(vi, "bán ma túúúy", "vi")).containsExactly("ma túúúy");
      // Stretching a vowel does not erase its tone: "tuuuy" is still not "túy".
      assertThat(vi.match("mà tụy, ma tuuuy", "vi")).isEmpty();
      TermIndex th = index(word("yaba", "drugs", "ยาบ้า"), word("crow", "test", "กา"));
      assertThat(excerpts(th, "ขายยาบ้าราคาถูก", "th")).containsExactly("ยาบ้า");
      assertThat(th.match("ดื่มกาแฟทุกวัน", "th")).isEmpty();
    }
  }

  @Nested
  class Diacritics {
    @Test
    void foldedWhereTheLanguageAllows() {
      TermIndex index =
          TermIndex.compile(
              List.of(
                  word("fr", "counterfeit", "contrefaçon"),
                  word("pl", "counterfeit", "podróbka"),
                  word("de", "counterfeit", "Fälschung"),
                  word("es", "counterfeit", "falsificación"),
                  word("pl2", "drugs", "dopalacze")),
              List.of());
      assertThat(excerpts(index, "sac CONTREFACON", "fr")).containsExactly("CONTREFACON");
      assertThat(excerpts(index, "torebka podrobka tanio", "pl")).containsExactly("podrobka");
      assertThat(excerpts(index, "Keine Falschung!", "de")).containsExactly("Falschung");
      assertThat(excerpts(index, "es una falsificacion", "es")).containsExactly("falsificacion");
      // Polish ł has no decomposition; it folds to l (and l into the i class).
      TermIndex łódź = index(word("b", "weapons", "broń palna"));
      assertThat(łódź.match("sprzedam bron palna", "pl")).hasSize(1);
    }

    @Test
    void combiningMarksMapBackToTheWholeLetter() {
      String text = "Vente contrefac\u0327on";
      List<TermMatch> matches = index(word("fr", "c", "contrefaçon")).match(text, "fr");
      assertThat(matches)
          .singleElement()
          .satisfies(m -> assertThat(m.end()).isEqualTo(text.length()));
    }

    @Test
    void vietnameseKeepsTonesBecauseTheyTellWordsApart() {
      TermIndex index =
          TermIndex.compile(
              List.of(
                  new Term(
                      "mt",
                      "drugs",
                      "ma túy",
                      MatchMode.PHRASE,
                      TermSeverity.CRITICAL,
                      Set.of("vi")),
                  new Term(
                      "mt0",
                      "drugs",
                      "ma tuy",
                      MatchMode.PHRASE,
                      TermSeverity.CRITICAL,
                      Set.of("vi"))),
              List.of());
      assertThat(index.match("bán MA TÚY giá rẻ", "vi"))
          .extracting(TermMatch::termId)
          .containsExactly("mt");
      assertThat(index.match("ban ma tuy gia re", "vi"))
          .extracting(TermMatch::termId)
          .containsExactly("mt0");
      // "mà tụy" (but the pancreas) is not the drug term.
      assertThat(index.match("mà tụy", "vi")).isEmpty();
    }
  }

  @Nested
  class Thai {
    private final TermIndex index =
        index(word("yaba", "drugs", "ยาบ้า"), word("crow", "test", "กา"));

    @Test
    void wholeWordsComeFromTheSegmenter() {
      String text = "ขายยาบ้าราคาถูก";
      List<TermMatch> matches = index.match(text, "th");
      assertThat(matches).extracting(TermMatch::termId).containsExactly("yaba");
      assertThat(matches.get(0).start()).isEqualTo(text.indexOf("ยาบ้า"));
      assertThat(matches.get(0).end()).isEqualTo(text.indexOf("ยาบ้า") + "ยาบ้า".length());
    }

    @Test
    void aShortWordInsideALongerOneIsNotAWholeWord() {
      assertThat(index.match("ดื่มกาแฟทุกวัน", "th")).isEmpty();
    }

    @Test
    void spacesInsertedBetweenThaiLettersStillMatch() {
      assertThat(excerpts(index, "มี ยา บ้า ขาย", "th")).containsExactly("ยา บ้า");
    }
  }

  @Nested
  class WholeWordGuards {
    private final TermIndex index =
        index(
            word("ass", "profanity", "ass"),
            Term.of("fb", "spam", "buy followers", MatchMode.PHRASE, TermSeverity.MEDIUM));

    @Test
    void noAssInClassicBassOrAssam() {
      assertThat(index.match("a classic bass guitar and Assam tea, cla$$ic", "en")).isEmpty();
      assertThat(index.match("glass is cheap", "en")).isEmpty();
    }

    @Test
    void theWordItselfAndItsEvasionsHit() {
      assertThat(excerpts(index, "kick ass! a$$ and A S S", "en"))
          .containsExactly("ass", "a$$", "A S S");
    }

    @Test
    void phrasesNeedBoundariesAtBothEnds() {
      assertThat(excerpts(index, "Buy   FOLLOWERS! or buy-followers", "en"))
          .containsExactly("Buy   FOLLOWERS", "buy-followers");
      assertThat(index.match("buy followersxyz", "en")).isEmpty();
    }
  }

  @Nested
  class AllowList {
    @Test
    void exceptionSuppressesOnlyMatchesInsideIt() {
      TermIndex index =
          TermIndex.compile(
              List.of(Term.of("c", "profanity", "cunt", MatchMode.SUBSTRING, TermSeverity.HIGH)),
              List.of(AllowException.of("scun", "profanity", "Scunthorpe")));
      assertThat(index.match("Scunthorpe United scarf", "en")).isEmpty();
      assertThat(excerpts(index, "Scunthorpe c.u.n.t", "en")).containsExactly("c.u.n.t");
    }

    @Test
    void exceptionOfAnotherListDoesNotApply() {
      TermIndex index =
          TermIndex.compile(
              List.of(Term.of("c", "profanity", "cunt", MatchMode.SUBSTRING, TermSeverity.HIGH)),
              List.of(AllowException.of("scun", "other-list", "Scunthorpe")));
      assertThat(index.match("Scunthorpe", "en")).hasSize(1);
    }
  }

  @Nested
  class SoutheastAsianLists {
    @Test
    void indonesianMalayAndTagalogTerms() {
      TermIndex index =
          TermIndex.compile(
              List.of(
                  new Term(
                      "ok",
                      "prohibited-medical",
                      "obat kuat",
                      MatchMode.PHRASE,
                      TermSeverity.HIGH,
                      Set.of("id", "ms")),
                  new Term(
                      "dd",
                      "drugs",
                      "dadah",
                      MatchMode.WHOLE_WORD,
                      TermSeverity.CRITICAL,
                      Set.of("ms")),
                  new Term(
                      "sh",
                      "drugs",
                      "shabu",
                      MatchMode.WHOLE_WORD,
                      TermSeverity.CRITICAL,
                      Set.of("tl"))),
              List.of());
      assertThat(excerpts(index, "Jual OBAT-KUAT asli", "id")).containsExactly("OBAT-KUAT");
      assertThat(excerpts(index, "jual d4d4h murah", "ms")).containsExactly("d4d4h");
      assertThat(excerpts(index, "may $habu dito", "tl")).containsExactly("$habu");
      // Language scope: the Malay term does not apply to Tagalog text.
      assertThat(index.match("dadah", "tl")).isEmpty();
    }
  }

  @Test
  void reportsListSeverityAndOverlappingTerms() {
    TermIndex index =
        TermIndex.compile(
            List.of(
                Term.of("a", "brand-acme", "acme", MatchMode.WHOLE_WORD, TermSeverity.MEDIUM),
                Term.of("b", "brand-acme", "acme watch", MatchMode.PHRASE, TermSeverity.HIGH)),
            List.of());
    List<TermMatch> matches = index.match("New ACME watch", "en");
    assertThat(matches).extracting(TermMatch::termId).containsExactly("a", "b");
    assertThat(matches.get(1).severity()).isEqualTo(TermSeverity.HIGH);
    assertThat(matches.get(1).list()).isEqualTo("brand-acme");
    assertThat(matches.get(1).start()).isEqualTo(4);
    assertThat(matches.get(1).end()).isEqualTo(14);
  }

  @Test
  void tenThousandTermsStillFindTheRightOne() {
    List<Term> terms = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      terms.add(word("t" + i, "generated", "zq" + Integer.toString(i * 7919, 26) + "xw"));
    }
    TermIndex index = TermIndex.compile(terms, List.of());
    String target = terms.get(4242).text();
    assertThat(index.size()).isEqualTo(10_000);
    assertThat(index.match("intro " + target + " outro", "en"))
        .extracting(TermMatch::termId)
        .containsExactly("t4242");
  }

  @Test
  void unknownLanguagesAndEmptyTermsAreRefused() {
    TermIndex index = index(word("a", "x", "abc"));
    assertThatThrownBy(() -> index.match("abc", "xx")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> index(word("e", "x", " -- ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nothing to match");
  }
}
