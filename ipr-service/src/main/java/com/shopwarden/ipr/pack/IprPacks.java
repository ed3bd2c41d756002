package com.shopwarden.ipr.pack;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.ipr.config.IprConfig;
import com.shopwarden.market.Market;
import com.shopwarden.market.MarketCode;
import com.shopwarden.market.ServedMarkets;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IPR packs of the served markets, loaded and checked at start: a served market without a valid
 * pack stops the service instead of judging notices by a wrong regime.
 */
@Startup
@ApplicationScoped
public class IprPacks {

  static final String FILE = "ipr.json";

  private final Map<MarketCode, IprPack> packs;

  @Inject
  public IprPacks(ServedMarkets served, IprConfig config, ObjectMapper mapper) {
    this(load(served, config.packsDir(), mapper));
  }

  private IprPacks(Map<MarketCode, IprPack> packs) {
    this.packs = packs;
  }

  /**
   * Reads and checks the packs of the served markets: a mounted {@code <dir>/<CODE>/ipr.json} where
   * there is one, else the shipped {@code markets/<CODE>/ipr.json}.
   *
   * @throws InvalidIprPackException naming the market and field of the first broken pack
   */
  public static Map<MarketCode, IprPack> load(
      ServedMarkets served, Optional<Path> mounted, ObjectMapper mapper) {
    ObjectMapper strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    Map<MarketCode, IprPack> loaded = new EnumMap<>(MarketCode.class);
    for (Market market : served.markets()) {
      loaded.put(market.code(), check(read(strict, market, mounted), market));
    }
    return loaded;
  }

  /** Checks a pack against its market and the law; returns it or throws naming the field. */
  public static IprPack check(IprPack pack, Market market) {
    return IprPackCheck.check(pack, market);
  }

  /** The pack of a served market. */
  public IprPack of(MarketCode code) {
    IprPack pack = packs.get(code);
    if (pack == null) {
      throw new IllegalArgumentException("market not served: " + code);
    }
    return pack;
  }

  /** The pack of a served market given by its code. */
  public IprPack of(String code) {
    return of(MarketCode.parse(code));
  }

  /** Reads the mounted pack of the market if there is one, else the shipped one. */
  private static IprPack read(ObjectMapper mapper, Market market, Optional<Path> mounted) {
    String code = market.code().name();
    try {
      if (mounted.isPresent()) {
        // <CODE>/ipr.json in a directory tree, or <CODE>.ipr.json: a Kubernetes ConfigMap's keys
        // cannot hold a slash, so a mounted ConfigMap is a flat directory.
        for (Path file :
            List.of(
                mounted.get().resolve(code).resolve(FILE),
                mounted.get().resolve(code + "." + FILE))) {
          if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
              return mapper.readValue(in, IprPack.class);
            }
          }
        }
      }
      String resource = "markets/" + code + "/" + FILE;
      try (InputStream in =
          Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new InvalidIprPackException(code + ": no ipr pack at " + resource);
        }
        return mapper.readValue(in, IprPack.class);
      }
    } catch (IOException e) {
      throw new InvalidIprPackException(code + ": unreadable ipr pack: " + e.getMessage());
    }
  }
}
