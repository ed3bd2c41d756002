package com.shopwarden.media.pdq;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Locates Meta's PDQ test images and the reference hashes beside the repository (never copied into
 * it) and reads the expected-hash CSVs.
 */
final class PdqReferenceData {

  /** One line of an expected-hash CSV: {@code hash,quality,file}. */
  record Expected(PdqHash hash, int quality, String file) {}

  private PdqReferenceData() {}

  /**
   * {@code $SHOPWARDEN_SHARED_DIR/testdata/pdq}, else {@code ../shared/testdata/pdq} relative to
   * the module or the repository root. Fails (never skips) when absent: conformance is a
   * requirement.
   */
  static Path directory() {
    return directory(System.getenv("SHOPWARDEN_SHARED_DIR"));
  }

  static Path directory(String shared) {
    List<Path> candidates =
        shared != null && !shared.isBlank()
            ? List.of(Path.of(shared, "testdata", "pdq"))
            : List.of(
                Path.of("..", "shared", "testdata", "pdq"),
                Path.of("..", "..", "shared", "testdata", "pdq"));
    for (Path candidate : candidates) {
      if (Files.isRegularFile(candidate.resolve("expected-jdk17.csv"))) {
        return candidate;
      }
    }
    throw new AssertionError(
        "PDQ reference data not found at "
            + candidates.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()
            + ": set SHOPWARDEN_SHARED_DIR to the directory holding testdata/pdq (the build sets it"
            + " to <repo>/../shared); the conformance test cannot run without it");
  }

  static List<Expected> read(String csv) throws IOException {
    return Files.readAllLines(directory().resolve(csv)).stream()
        .map(String::trim)
        .filter(line -> !line.isEmpty())
        .map(line -> line.split(","))
        .map(f -> new Expected(PdqHash.fromHex(f[0]), Integer.parseInt(f[1]), f[2]))
        .toList();
  }

  static byte[] image(String file) throws IOException {
    return Files.readAllBytes(directory().resolve(file));
  }
}
