package com.shopwarden.ipr.asset;

import com.shopwarden.ipr.config.IprConfig;
import com.shopwarden.media.pdq.OversizedImageException;
import com.shopwarden.media.pdq.PdqDigest;
import com.shopwarden.media.pdq.PdqHasher;
import com.shopwarden.media.pdq.UndecodableImageException;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Hashes a logo image with PDQ on a worker thread (decoding and the DCT are CPU work that must not
 * hold the event loop), keeping the quality PDQ computes with the hash.
 */
@ApplicationScoped
public class LogoHashing {

  private final PdqHasher hasher;
  private final Vertx vertx;

  public LogoHashing(IprConfig config, Vertx vertx) {
    this.hasher = new PdqHasher(config.logoMaxPixels());
    this.vertx = vertx;
  }

  /** The image's hash and quality; 422 when it does not decode, 413 above the pixel limit. */
  public Uni<PdqDigest> hash(byte[] image) {
    return vertx.executeBlocking(Uni.createFrom().item(() -> digest(image)));
  }

  private PdqDigest digest(byte[] image) {
    try {
      return hasher.hash(image);
    } catch (UndecodableImageException e) {
      throw new ProblemException(ProblemType.UNPROCESSABLE, "the image cannot be decoded");
    } catch (OversizedImageException e) {
      throw new ProblemException(
          ProblemType.PAYLOAD_TOO_LARGE,
          "the image has " + e.width() + "x" + e.height() + " pixels, above the limit",
          List.of(),
          Map.of("maxPixels", e.maxPixels()));
    }
  }
}
