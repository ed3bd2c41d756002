package com.shopwarden.moderation.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.moderation.strategy.StrategyCompiler;
import com.shopwarden.text.AllowException;
import com.shopwarden.text.Term;
import com.shopwarden.text.TermIndex;
import com.shopwarden.text.TermMatch;
import com.shopwarden.text.TermSeverity;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every shipped pack compiles, references only its own lists, and matches its own languages. */
class ShippedPacksTest {

  private static final Pattern LIST_REFERENCE = Pattern.compile("t\\.list == \"([a-z0-9-]+)\"");

  private static final Map<String, String[]> SAMPLES =
      Map.of(
          "ID", new String[] {"id", "Jual sabu murah"},
          "MY", new String[] {"ms", "ada d@d@h"},
          "PH", new String[] {"tl", "may sh4bu dito"},
          "TH", new String[] {"th", "ขายยาบ้าราคาถูก"},
          "VN", new String[] {"vi", "bán ma tuy giá rẻ"},
          "DE", new String[] {"de", "reines K0KAIN"});

  @ParameterizedTest
  @ValueSource(strings = {"ID", "MY", "PH", "TH", "VN", "DE"})
  void packCompilesAndFindsItsDrugTerms(String market) throws Exception {
    MarketPack pack;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("markets/" + market + "/moderation.json")) {
      pack = new ObjectMapper().findAndRegisterModules().readValue(in, MarketPack.class);
    }
    List<Term> terms = new ArrayList<>();
    List<AllowException> exceptions = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (MarketPack.PackList list : pack.lists()) {
      names.add(list.name());
      Set<String> languages = list.language() == null ? Set.of() : Set.of(list.language());
      for (MarketPack.PackTerm t : list.terms()) {
        terms.add(
            new Term(
                list.name() + ":" + t.text(),
                list.name(),
                t.text(),
                t.mode(),
                TermSeverity.valueOf(t.severity().name()),
                t.languages() == null ? languages : new HashSet<>(t.languages())));
      }
      for (MarketPack.PackException e : list.exceptions()) {
        exceptions.add(new AllowException(e.text(), list.name(), e.text(), languages));
      }
    }
    TermIndex index = TermIndex.compile(terms, exceptions);
    StrategyCompiler compiler = new StrategyCompiler();
    Map<String, Integer> referenced = new HashMap<>();
    for (MarketPack.PackStrategy s : pack.strategies()) {
      compiler.compile(s.expression());
      Matcher m = LIST_REFERENCE.matcher(s.expression());
      while (m.find()) {
        referenced.merge(m.group(1), 1, Integer::sum);
      }
    }
    assertThat(names).containsAll(referenced.keySet());
    String[] sample = SAMPLES.get(market);
    assertThat(index.match(sample[1], sample[0]))
        .extracting(TermMatch::list)
        .contains("prohibited-drugs");
  }
}
