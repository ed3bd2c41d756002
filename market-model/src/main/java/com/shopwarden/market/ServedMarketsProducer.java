package com.shopwarden.market;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the {@link MarketCatalog} and the deployment's {@link ServedMarkets} injectable in Quarkus
 * services, from configuration:
 *
 * <ul>
 *   <li>{@code shopwarden.markets}: comma-separated market codes, e.g. {@code ID,MY,US}; required
 *       and non-empty, so a deployment that forgot it does not start;
 *   <li>{@code shopwarden.markets.holidays-dir}: optional directory of {@code <CODE>.txt} holiday
 *       lists (a mounted ConfigMap) that replace the bundled ones.
 * </ul>
 */
// @Startup: created at boot, so a bad market list stops the service instead of its first request.
@Startup
@Singleton
public class ServedMarketsProducer {

  private final MarketCatalog catalog;
  private final ServedMarkets servedMarkets;

  /**
   * Builds the catalog and the served set eagerly, so configuration errors surface at start-up.
   *
   * @param codes value of {@code shopwarden.markets}
   * @param holidaysDir value of {@code shopwarden.markets.holidays-dir}
   */
  @Inject
  public ServedMarketsProducer(
      @ConfigProperty(name = "shopwarden.markets") List<String> codes,
      @ConfigProperty(name = "shopwarden.markets.holidays-dir") Optional<String> holidaysDir) {
    this.catalog =
        holidaysDir
            .filter(dir -> !dir.isBlank())
            .map(dir -> MarketCatalog.withHolidayOverrides(Path.of(dir.strip())))
            .orElseGet(MarketCatalog::bundled);
    this.servedMarkets = ServedMarkets.of(catalog, codes);
  }

  /** All known markets, for code that must describe markets it does not serve. */
  @Produces
  @Singleton
  public MarketCatalog marketCatalog() {
    return catalog;
  }

  /** The markets this deployment serves. */
  @Produces
  @Singleton
  public ServedMarkets servedMarkets() {
    return servedMarkets;
  }
}
