package com.shopwarden.ipr.notice;

import com.shopwarden.ipr.asset.AssetStatus;
import com.shopwarden.ipr.asset.ProtectionAsset;
import com.shopwarden.ipr.asset.ProtectionAssetRepository;
import com.shopwarden.market.Market;
import com.shopwarden.problem.FieldViolation;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks the assets a notice cites: the organisation's own, verified, and in force on the day of
 * filing in the market's legal time zone. An expired registration cannot back a notice.
 */
@ApplicationScoped
public class CitedAssets {

  private final ProtectionAssetRepository assets;

  public CitedAssets(ProtectionAssetRepository assets) {
    this.assets = assets;
  }

  /** Passes, or 422 naming each unusable asset. */
  public Uni<Void> requireUsable(
      String organisationId, Market market, List<UUID> ids, LocalDate legalToday) {
    if (ids.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return assets
        .list("id in ?1", ids)
        .map(
            found -> {
              List<FieldViolation> problems = new ArrayList<>();
              for (UUID id : ids) {
                ProtectionAsset asset =
                    found.stream().filter(a -> a.id.equals(id)).findFirst().orElse(null);
                String problem = problem(asset, organisationId, legalToday);
                if (problem != null) {
                  problems.add(new FieldViolation("assetIds", id + ": " + problem));
                }
              }
              if (!problems.isEmpty()) {
                throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "a cited asset cannot back this notice in " + market.code(),
                    problems,
                    Map.of());
              }
              return null;
            })
        .replaceWithVoid();
  }

  private static String problem(ProtectionAsset asset, String organisationId, LocalDate today) {
    if (asset == null || !asset.organisationId.equals(organisationId)) {
      return "not an asset of this organisation";
    }
    if (asset.status != AssetStatus.VERIFIED) {
      return "not verified (" + asset.status + ")";
    }
    if (!asset.validOn(today)) {
      return asset.validUntil != null && today.isAfter(asset.validUntil)
          ? "registration expired on " + asset.validUntil
          : "registration not in force on " + today;
    }
    return null;
  }
}
