package com.shopwarden.media.pdq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Behaviour around the algorithm: pixel layouts, encodings, degenerate and undecodable input. */
class PdqHasherTest {

  private final PdqHasher hasher = new PdqHasher();

  @Test
  void everyPixelLayoutHashesLikeTheGenericRgbPath() throws Exception {
    BufferedImage bgr =
        PdqHasher.decode(PdqReferenceData.image("bridge-1-original.jpg"), Long.MAX_VALUE);
    assertThat(bgr.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
    PdqDigest expected = hasher.hash(bgr);

    for (int type :
        new int[] {
          BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_4BYTE_ABGR
        }) {
      assertThat(hasher.hash(convert(bgr, type))).as("type %d", type).isEqualTo(expected);
    }
    // A sub-image shares its parent's buffer; the fast path must not read outside the view.
    BufferedImage view = bgr.getSubimage(10, 20, 300, 200);
    assertThat(hasher.hash(view)).isEqualTo(hasher.hash(convert(view, BufferedImage.TYPE_INT_RGB)));
  }

  @Test
  void losslessReencodingKeepsTheHash() throws Exception {
    BufferedImage image = PdqHasher.decode(PdqReferenceData.image("q0746.jpg"), Long.MAX_VALUE);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    assertThat(hasher.hash(png.toByteArray())).isEqualTo(hasher.hash(image));
    assertThat(hasher.hashDihedral(png.toByteArray()).original()).isEqualTo(hasher.hash(image));
  }

  @Test
  void tinyImagesGetTheZeroHashWithQualityZero() {
    BufferedImage thin = new BufferedImage(4, 300, BufferedImage.TYPE_INT_RGB);
    assertThat(hasher.hash(thin)).isEqualTo(new PdqDigest(new PdqHash(0, 0, 0, 0), 0));
    assertThat(hasher.hashDihedral(thin).dihedral()).containsOnly(new PdqHash(0, 0, 0, 0));
  }

  @Test
  void flatImagesHaveQualityZeroAndDetailedOnesHigh() {
    BufferedImage flat = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = flat.createGraphics();
    g.setColor(Color.GRAY);
    g.fillRect(0, 0, 200, 100);
    g.dispose();
    assertThat(hasher.hash(flat).quality()).isZero();

    BufferedImage stripes = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 256; y++) {
      for (int x = 0; x < 256; x++) {
        stripes.setRGB(x, y, ((x / 16 + y / 16) & 1) == 0 ? 0xffffff : 0);
      }
    }
    PdqDigest digest = hasher.hash(stripes);
    assertThat(digest.quality()).isEqualTo(100);
    assertThat(digest.hash().bitCount()).isEqualTo(128);
  }

  @Test
  void undecodableBytesAreRejected() {
    assertThatThrownBy(() -> hasher.hash(new byte[] {1, 2, 3, 4}))
        .isInstanceOf(UndecodableImageException.class)
        .hasMessageContaining("decode");
    assertThatThrownBy(() -> hasher.hash(new byte[0]))
        .isInstanceOf(UndecodableImageException.class);
    byte[] truncatedPngHeader = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
    assertThatThrownBy(() -> hasher.hash(truncatedPngHeader))
        .isInstanceOf(UndecodableImageException.class);
  }

  @Test
  void oversizedImagesAreRejectedFromTheirHeaderBeforeDecoding() throws Exception {
    byte[] bridge = PdqReferenceData.image("bridge-1-original.jpg");
    BufferedImage decoded = PdqHasher.decode(bridge, Long.MAX_VALUE);
    long pixels = (long) decoded.getWidth() * decoded.getHeight();

    assertThat(new PdqHasher(pixels).hash(bridge)).isEqualTo(hasher.hash(decoded));
    assertThatThrownBy(() -> new PdqHasher(pixels - 1).hash(bridge))
        .isInstanceOfSatisfying(
            OversizedImageException.class,
            e -> {
              assertThat(e.width()).isEqualTo(decoded.getWidth());
              assertThat(e.height()).isEqualTo(decoded.getHeight());
              assertThat(e.maxPixels()).isEqualTo(pixels - 1);
            });
    assertThatThrownBy(() -> new PdqHasher(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missingReferenceDataFailsWithAClearMessage() {
    assertThatThrownBy(() -> PdqReferenceData.directory("/nonexistent/shared"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PDQ reference data not found")
        .hasMessageContaining("SHOPWARDEN_SHARED_DIR");
  }

  private static BufferedImage convert(BufferedImage source, int type) {
    BufferedImage out = new BufferedImage(source.getWidth(), source.getHeight(), type);
    Graphics2D g = out.createGraphics();
    g.drawImage(source, 0, 0, null);
    g.dispose();
    return out;
  }
}
