package com.shopwarden.media.bench;

import com.shopwarden.media.pdq.PdqHasher;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PDQ hashing time for a 512x512 and a 1920x1080 image: from decoded pixels (the algorithm), with
 * all eight dihedral variants, and from JPEG bytes (ImageIO decoding included, as an upload pays).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PdqHashingBenchmark {

  @Param({"512x512", "1920x1080"})
  public String size;

  private final PdqHasher hasher = new PdqHasher();
  private BufferedImage image;
  private byte[] jpeg;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    String[] wh = size.split("x");
    image = photoLike(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    jpeg = out.toByteArray();
  }

  /** Smooth gradients with texture and noise, so neither the DCT nor the JPEG codec is trivial. */
  private static BufferedImage photoLike(int width, int height) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    SplittableRandom random = new SplittableRandom(17);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int r = (int) (127 + 100 * Math.sin(x / 37.0) * Math.cos(y / 53.0)) + random.nextInt(16);
        int g = (int) (127 + 100 * Math.sin((x + y) / 61.0)) + random.nextInt(16);
        int b = (x * 255 / width + y * 255 / height) / 2;
        img.setRGB(x, y, (clamp(r) << 16) | (clamp(g) << 8) | clamp(b));
      }
    }
    return img;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }

  @Benchmark
  public Object hashPixels() {
    return hasher.hash(image);
  }

  @Benchmark
  public Object hashPixelsWithDihedral() {
    return hasher.hashDihedral(image);
  }

  @Benchmark
  public Object decodeJpegAndHash() throws Exception {
    return hasher.hash(jpeg);
  }
}
