package com.shopwarden.health.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.health.config.HealthConfig;
import com.shopwarden.market.Market;
import com.shopwarden.market.MarketCode;
import com.shopwarden.market.ServedMarkets;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The health packs of the served markets, loaded and checked at start: a served market without a
 * valid pack stops the service instead of judging accounts by a wrong model.
 */
@Startup
@ApplicationScoped
public class HealthPacks {

  private final Map<MarketCode, HealthPack> packs = new EnumMap<>(MarketCode.class);

  public HealthPacks(ServedMarkets served, HealthConfig config, ObjectMapper mapper) {
    ObjectMapper strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    for (Market market : served.markets()) {
      String code = market.code().name();
      HealthPack pack = read(strict, code, config.packsDir());
      if (!code.equals(pack.market())) {
        throw new InvalidHealthPackException(code + ": pack names market " + pack.market());
      }
      packs.put(market.code(), pack);
    }
  }

  /** The pack of a served market. */
  public HealthPack of(MarketCode code) {
    HealthPack pack = packs.get(code);
    if (pack == null) {
      throw new IllegalArgumentException("market not served: " + code);
    }
    return pack;
  }

  /** The mounted pack of a market if {@code dir} holds one, else the shipped one. */
  static HealthPack read(ObjectMapper mapper, String code, Optional<Path> mounted) {
    try {
      if (mounted.isPresent()) {
        // <CODE>/health.json in a directory tree, or <CODE>.health.json: a Kubernetes ConfigMap's
        // keys cannot hold a slash, so a mounted ConfigMap is a flat directory.
        Path dir = mounted.get();
        for (Path file :
            List.of(dir.resolve(code).resolve("health.json"), dir.resolve(code + ".health.json"))) {
          if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
              return mapper.readValue(in, HealthPack.class);
            }
          }
        }
      }
      String resource = "markets/" + code + "/health.json";
      try (InputStream in =
          Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new InvalidHealthPackException(code + ": no health pack at " + resource);
        }
        return mapper.readValue(in, HealthPack.class);
      }
    } catch (IOException e) {
      throw new InvalidHealthPackException(code + ": unreadable health pack: " + e.getMessage());
    }
  }
}
