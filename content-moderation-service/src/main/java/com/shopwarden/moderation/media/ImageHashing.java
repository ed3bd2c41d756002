package com.shopwarden.moderation.media;

import com.shopwarden.media.pdq.Dihedral;
import com.shopwarden.media.pdq.OversizedImageException;
import com.shopwarden.media.pdq.PdqDihedralDigest;
import com.shopwarden.media.pdq.PdqHasher;
import com.shopwarden.media.pdq.UndecodableImageException;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Hashes uploaded images with PDQ and turns what can go wrong into problems: a declared type the
 * JDK has no decoder for is 415, data that does not decode is 422, more pixels than the limit is
 * 413 (checked from the header, before decoding).
 */
@ApplicationScoped
public class ImageHashing {

  private final PdqHasher hasher;

  public ImageHashing(MediaConfig config) {
    this.hasher = new PdqHasher(config.maxPixels());
  }

  /** The image's hash, quality and eight variants; {@code mediaType} is the declared type. */
  public MediaHashes hash(byte[] image, String mediaType) {
    String type = mediaType == null ? "" : mediaType.split(";", 2)[0].strip();
    if (!type.toLowerCase(Locale.ROOT).startsWith("image/")
        || !ImageIO.getImageReadersByMIMEType(type.toLowerCase(Locale.ROOT)).hasNext()) {
      throw new ProblemException(
              ProblemType.UNSUPPORTED_MEDIA_TYPE, "no decoder for images of type " + type)
          .with("allowed", decodableTypes());
    }
    if (image == null || image.length == 0) {
      throw new ProblemException(ProblemType.UNPROCESSABLE, "the image is empty");
    }
    PdqDihedralDigest digest;
    try {
      digest = hasher.hashDihedral(image);
    } catch (UndecodableImageException e) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE, "the image cannot be decoded as " + type);
    } catch (OversizedImageException e) {
      throw new ProblemException(
          ProblemType.PAYLOAD_TOO_LARGE,
          "the image has " + e.width() + "x" + e.height() + " pixels, above the limit",
          List.of(),
          Map.of("maxPixels", e.maxPixels(), "width", e.width(), "height", e.height()));
    }
    List<MediaHashes.Variant> variants = new ArrayList<>(8);
    for (Dihedral d : Dihedral.values()) {
      variants.add(new MediaHashes.Variant(d.name(), digest.hash(d).toHex()));
    }
    return new MediaHashes(
        digest.hash(Dihedral.ORIGINAL).toHex(), digest.quality(), List.copyOf(variants));
  }

  private static List<String> decodableTypes() {
    return java.util.Arrays.stream(ImageIO.getReaderMIMETypes())
        .filter(t -> t.startsWith("image/"))
        .sorted()
        .distinct()
        .toList();
  }
}
