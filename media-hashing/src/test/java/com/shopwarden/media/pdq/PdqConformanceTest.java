package com.shopwarden.media.pdq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conformance with Meta's reference implementation on the images it publishes, as decoded by JDK
 * 17's ImageIO (see ../shared/testdata/pdq/README.md). Exact matches are expected; more than 4 bits
 * of difference on any file means the algorithm differs.
 */
class PdqConformanceTest {

  private static final int MAX_DISTANCE = 4;
  private final PdqHasher hasher = new PdqHasher();

  @Test
  void everyReferenceImageHashesAsTheReference() throws Exception {
    List<PdqReferenceData.Expected> expected = PdqReferenceData.read("expected-jdk17.csv");
    assertThat(expected).hasSizeGreaterThanOrEqualTo(15);
    List<String> report = new ArrayList<>();
    for (PdqReferenceData.Expected e : expected) {
      PdqDigest actual = hasher.hash(PdqReferenceData.image(e.file()));
      int distance = actual.hash().distance(e.hash());
      report.add(e.file() + " distance=" + distance + " quality=" + actual.quality());
      assertThat(distance)
          .as("%s: %s vs %s", e.file(), actual.hash(), e.hash())
          .isLessThanOrEqualTo(MAX_DISTANCE);
      assertThat(actual.quality()).as("quality of %s", e.file()).isEqualTo(e.quality());
    }
    System.out.println("PDQ conformance: " + String.join("; ", report));
  }

  @Test
  void dihedralVariantsOfBridgeMatchTheReference() throws Exception {
    List<PdqReferenceData.Expected> expected =
        PdqReferenceData.read("expected-dihedral-bridge-1-jdk17.csv");
    assertThat(expected).hasSize(8);
    PdqDihedralDigest actual = hasher.hashDihedral(PdqReferenceData.image("bridge-1-original.jpg"));
    assertThat(actual.quality()).isEqualTo(expected.get(0).quality());
    List<Integer> distances = new ArrayList<>();
    for (Dihedral transform : Dihedral.values()) {
      PdqHash reference = expected.get(transform.ordinal()).hash();
      int distance = actual.hash(transform).distance(reference);
      distances.add(distance);
      assertThat(distance)
          .as("%s: %s vs %s", transform, actual.hash(transform), reference)
          .isLessThanOrEqualTo(MAX_DISTANCE);
    }
    System.out.println("PDQ dihedral distances to reference: " + distances);
  }

  @Test
  void eachVariantIsNearTheHashOfTheTransformedFile() throws Exception {
    String[] files = {
      "bridge-1-original.jpg",
      "bridge-2-rotate-90.jpg",
      "bridge-3-rotate-180.jpg",
      "bridge-4-rotate-270.jpg",
      "bridge-5-flipx.jpg",
      "bridge-6-flipy.jpg",
      "bridge-7-flip-plus-1.jpg",
      "bridge-8-flip-minus-1.jpg"
    };
    PdqDihedralDigest variants = hasher.hashDihedral(PdqReferenceData.image(files[0]));
    List<Integer> distances = new ArrayList<>();
    for (Dihedral transform : Dihedral.values()) {
      PdqHash ofFile = hasher.hash(PdqReferenceData.image(files[transform.ordinal()])).hash();
      int distance = variants.hash(transform).distance(ofFile);
      distances.add(distance);
      assertThat(distance)
          .as("%s vs %s", transform, files[transform.ordinal()])
          .isLessThanOrEqualTo(8);
    }
    System.out.println("PDQ dihedral variant vs transformed file distances: " + distances);
  }
}
