package com.shopwarden.moderation.screening;

import com.shopwarden.contracts.Severity;
import com.shopwarden.moderation.strategy.Action;
import com.shopwarden.moderation.strategy.CompiledStrategy;
import com.shopwarden.moderation.strategy.StrategyCompiler;
import com.shopwarden.moderation.strategy.StrategySet;
import com.shopwarden.text.MatchMode;
import com.shopwarden.text.Term;
import com.shopwarden.text.TermIndex;
import com.shopwarden.text.TermSeverity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A deterministic benchmark pack: 10,000 terms across six languages, 200 CEL strategies reading
 * terms, model scores, content and the account in a realistic mix, and generated traffic of which
 * about 5% contains a listed term. The same seed always yields the same pack, so runs compare.
 */
public final class ScreeningPack {

  public static final int TERM_COUNT = 10_000;
  public static final int STRATEGY_COUNT = 200;
  public static final double HIT_RATE = 0.05;

  static final List<String> LANGUAGES = List.of("id", "ms", "th", "vi", "en", "tl");
  static final Map<String, String> MARKETS =
      Map.of("id", "ID", "ms", "MY", "th", "TH", "vi", "VN", "en", "US", "tl", "PH");
  static final List<String> LISTS =
      List.of(
          "prohibited-medical",
          "counterfeit",
          "weapons",
          "drugs",
          "scam",
          "hate",
          "adult",
          "wildlife",
          "gambling",
          "tobacco",
          "off-platform",
          "minor-safety");
  static final List<String> KINDS =
      List.of("SHORT_VIDEO", "LIVESTREAM_SEGMENT", "PRODUCT_LISTING", "IMAGE");
  static final List<String> TIERS = List.of("GOOD", "CAUTION", "AT_RISK", "RESTRICTED");
  static final List<String> MODELS = List.of("nudity", "scam", "violence", "counterfeit", "minors");

  /** Everyday words per language; none of them contains a generated term. */
  private static final Map<String, List<String>> FILLER =
      Map.of(
          "id",
          words(
              "murah baru original promo hari ini gratis ongkir kirim cepat warna ukuran baju"
                  + " sepatu tas anak wanita pria stok terbatas beli sekarang kualitas bagus"),
          "ms",
          words(
              "harga murah baru tawaran hebat hari ini penghantaran percuma saiz warna baju"
                  + " kasut beg kanak lelaki wanita stok terhad beli sekarang kualiti terbaik"),
          "th",
          words(
              "ราคา ถูก ใหม่ ส่งฟรี วันนี้ เสื้อ รองเท้า กระเป๋า สี ขนาด ของแท้ ลดราคา"
                  + " สินค้า คุณภาพ ดี ซื้อ เลย ด่วน จำนวน จำกัด"),
          "vi",
          words(
              "giá rẻ hàng mới miễn phí vận chuyển hôm nay áo giày túi màu kích thước chính"
                  + " hãng giảm giá chất lượng tốt mua ngay số lượng có hạn"),
          "en",
          words(
              "cheap new free shipping today shirt shoes bag colour size genuine sale quality"
                  + " great buy now limited stock fast delivery classic summer"),
          "tl",
          words(
              "mura bago libreng padala ngayon damit sapatos bag kulay laki orihinal sale"
                  + " kalidad maganda bili na limitado mabilis"));

  private static final String LATIN_ONSETS = "bdfgjkpqvxz";
  private static final String LATIN_VOWELS = "aeiou";
  private static final String THAI_CONSONANTS = "ฆฌฎฏฐฑฒฬฮฉฤ";
  private static final String THAI_VOWELS = "ะาิีึืุู";

  public final TermIndex terms;
  public final List<Term> termList;
  public final List<CompiledStrategy> strategies;
  public final MarketPolicy policy;
  public final List<ScreeningInput> traffic;
  public final List<AccountContext> accounts;

  private ScreeningPack(
      List<Term> termList,
      List<CompiledStrategy> strategies,
      List<ScreeningInput> traffic,
      List<AccountContext> accounts) {
    this.termList = termList;
    this.terms = TermIndex.compile(termList, List.of());
    this.strategies = strategies;
    this.policy = new MarketPolicy(terms, new StrategySet(strategies));
    this.traffic = traffic;
    this.accounts = accounts;
  }

  /** Generates the pack and {@code items} items of traffic from {@code seed}. */
  public static ScreeningPack generate(long seed, int items) {
    Random random = new Random(seed);
    List<Term> terms = terms(random);
    List<CompiledStrategy> strategies = strategies(random);
    List<ScreeningInput> traffic = new ArrayList<>(items);
    List<AccountContext> accounts = new ArrayList<>(items);
    for (int i = 0; i < items; i++) {
      traffic.add(item(random, terms));
      accounts.add(account(random));
    }
    return new ScreeningPack(terms, strategies, traffic, accounts);
  }

  private static List<Term> terms(Random random) {
    List<Term> terms = new ArrayList<>(TERM_COUNT);
    Set<String> seen = new java.util.HashSet<>();
    while (terms.size() < TERM_COUNT) {
      int n = terms.size();
      String language = LANGUAGES.get(n % LANGUAGES.size());
      boolean thai = language.equals("th");
      double roll = random.nextDouble();
      // Thai is written without spaces, so its terms match as substrings of the segmented text.
      MatchMode mode =
          thai || roll >= 0.85
              ? MatchMode.SUBSTRING
              : roll >= 0.70 ? MatchMode.PHRASE : MatchMode.WHOLE_WORD;
      String text =
          mode == MatchMode.PHRASE
              ? word(random, false) + " " + word(random, false)
              : word(random, thai);
      if (!seen.add(language + ":" + text)) {
        continue;
      }
      TermSeverity severity = TermSeverity.values()[random.nextInt(TermSeverity.values().length)];
      terms.add(
          new Term(
              "t" + n,
              LISTS.get(random.nextInt(LISTS.size())),
              text,
              mode,
              severity,
              Set.of(language)));
    }
    return terms;
  }

  /** A made-up word from rare letters, so it occurs in traffic only where it is planted. */
  private static String word(Random random, boolean thai) {
    StringBuilder b = new StringBuilder();
    int syllables = 3 + random.nextInt(2);
    for (int i = 0; i < syllables; i++) {
      if (thai) {
        b.append(THAI_CONSONANTS.charAt(random.nextInt(THAI_CONSONANTS.length())));
        b.append(THAI_VOWELS.charAt(random.nextInt(THAI_VOWELS.length())));
      } else {
        b.append(LATIN_ONSETS.charAt(random.nextInt(LATIN_ONSETS.length())));
        b.append(LATIN_VOWELS.charAt(random.nextInt(LATIN_VOWELS.length())));
      }
    }
    return b.toString();
  }

  /** The CEL expression of strategy {@code i}; the mix is half terms, a third scores. */
  static String expression(int i, Random random) {
    String list = quote(LISTS.get(random.nextInt(LISTS.size())));
    String kind = quote(KINDS.get(random.nextInt(KINDS.size())));
    String model = quote(MODELS.get(random.nextInt(MODELS.size())));
    String threshold = String.format("%.2f", 0.80 + random.nextInt(19) / 100.0);
    return switch (i % 10) {
      case 0 -> "signals.terms.exists(t, t.list == " + list + ")";
      case 1 ->
          "signals.terms.exists(t, t.list == "
              + list
              + " && t.severity == \"HIGH\") && content.kind == "
              + kind;
      case 2 ->
          "signals.terms.exists(t, t.list == "
              + list
              + ") && account.tier in [\"AT_RISK\", \"CAUTION\"]";
      case 3 ->
          "signals.terms.filter(t, t.list == "
              + list
              + ").size() >= 2 || (signals.terms.exists(t, t.list == "
              + list
              + ") && content.followers > 10000)";
      case 4 ->
          "signals.terms.exists(t, t.list == "
              + list
              + " && t.field == \"title\") && content.kind == \"PRODUCT_LISTING\""
              + " && \"price\" in content && content.price < 5.0";
      case 5 -> model + " in signals.scores && signals.scores[" + model + "] >= " + threshold;
      case 6 ->
          model
              + " in signals.scores && signals.scores["
              + model
              + "] >= "
              + threshold
              + " && account.activePoints >= 10";
      case 7 ->
          model
              + " in signals.scores && signals.scores["
              + model
              + "] >= 0.6 && content.kind == "
              + kind
              + " && content.views > 100000";
      case 8 ->
          "signals.terms.exists(t, t.list == "
              + list
              + ") && "
              + model
              + " in signals.scores && signals.scores["
              + model
              + "] >= 0.5";
      default ->
          i % 20 == 9
              ? "content.kind == \"LIVESTREAM_SEGMENT\" && content.liveViewers > 50000"
                  + " && account.activePoints > 30"
              : "account.tier == \"RESTRICTED\" && content.kind == " + kind;
    };
  }

  private static List<CompiledStrategy> strategies(Random random) {
    StrategyCompiler compiler = new StrategyCompiler();
    List<CompiledStrategy> result = new ArrayList<>(STRATEGY_COUNT);
    for (int i = 0; i < STRATEGY_COUNT; i++) {
      double roll = random.nextDouble();
      Action action = roll < 0.3 ? Action.BLOCK : roll < 0.85 ? Action.REVIEW : Action.ALLOW;
      result.add(
          new CompiledStrategy(
              new UUID(0, i),
              String.format("strategy-%03d", i),
              1,
              action,
              "POL-" + (i % 17),
              Severity.values()[random.nextInt(Severity.values().length)],
              "{strategy}: {terms} on {lists} ({policyCode}, {severity})",
              compiler.compile(expression(i, random))));
    }
    return result;
  }

  private static ScreeningInput item(Random random, List<Term> terms) {
    String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
    String kind = KINDS.get(random.nextInt(KINDS.size()));
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("title", filler(random, language, 6 + random.nextInt(7)));
    texts.put("description", filler(random, language, 20 + random.nextInt(41)));
    if (kind.equals("SHORT_VIDEO") || kind.equals("LIVESTREAM_SEGMENT")) {
      texts.put("captions", filler(random, language, 10 + random.nextInt(30)));
    }
    if (random.nextDouble() < HIT_RATE) {
      // Plant one or two terms of the item's language in a random field.
      int planted = 1 + random.nextInt(2);
      for (int p = 0; p < planted; p++) {
        Term term = termIn(random, terms, language);
        List<String> fields = new ArrayList<>(texts.keySet());
        String field = fields.get(random.nextInt(fields.size()));
        texts.put(field, plant(random, texts.get(field), term.text(), language));
      }
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    if (random.nextDouble() < 0.5) {
      for (int m = 0; m < 2; m++) {
        double score =
            random.nextDouble() < 0.02
                ? 0.9 + random.nextDouble() * 0.1
                : 0.5 * random.nextDouble();
        scores.put(MODELS.get(random.nextInt(MODELS.size())), score);
      }
    }
    boolean listing = kind.equals("PRODUCT_LISTING");
    return new ScreeningInput(
        kind,
        MARKETS.get(language),
        language,
        "shop-" + random.nextInt(3),
        texts,
        listing ? 1.0 + random.nextInt(500) : null,
        listing ? "USD" : null,
        random.nextInt(200_000),
        kind.equals("LIVESTREAM_SEGMENT") ? random.nextInt(100_000) : 0,
        random.nextInt(1_000_000),
        scores,
        List.of(),
        !listing,
        listing);
  }

  private static AccountContext account(Random random) {
    if (random.nextDouble() < 0.2) {
      return AccountContext.unknown();
    }
    return new AccountContext(true, TIERS.get(random.nextInt(TIERS.size())), random.nextInt(50));
  }

  private static Term termIn(Random random, List<Term> terms, String language) {
    while (true) {
      Term t = terms.get(random.nextInt(terms.size()));
      if (t.languages().contains(language)) {
        return t;
      }
    }
  }

  private static String filler(Random random, String language, int count) {
    List<String> words = FILLER.get(language);
    // Thai is written without spaces between words.
    String separator = language.equals("th") ? "" : " ";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        b.append(i % 9 == 0 ? (separator.isEmpty() ? " " : ". ") : separator);
      }
      b.append(words.get(random.nextInt(words.size())));
    }
    return b.toString();
  }

  private static String plant(Random random, String text, String term, String language) {
    String separator = language.equals("th") ? "" : " ";
    int at = text.lastIndexOf(' ', random.nextInt(text.length()));
    if (at < 0) {
      return term + separator + text;
    }
    return text.substring(0, at) + " " + term + separator + text.substring(at + 1);
  }

  private static List<String> words(String text) {
    return List.of(text.split(" "));
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }
}
