package com.shopwarden.media.pdq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JaroszFilterTest {

  @Test
  void rowWiseColumnPassIsBitIdenticalToTheStridedOne() {
    SplittableRandom random = new SplittableRandom(3);
    for (int[] shape : new int[][] {{5, 7}, {64, 64}, {129, 300}, {1080, 33}, {300, 1}}) {
      int rows = shape[0];
      int cols = shape[1];
      float[] in = new float[rows * cols];
      for (int i = 0; i < in.length; i++) {
        in[i] = (float) (random.nextDouble() * 255);
      }
      // The filter is only used with windows no longer than the vector (windowSize(n) <= n).
      for (int window : new int[] {1, 2, 3, 8, JaroszFilter.windowSize(rows)}) {
        if (window > rows) {
          continue;
        }
        float[] strided = new float[in.length];
        for (int j = 0; j < cols; j++) {
          JaroszFilter.box(in, strided, j, rows, cols, window);
        }
        float[] rowWise = new float[in.length];
        JaroszFilter.boxColumns(in, rowWise, rows, cols, window);
        assertThat(rowWise).as("%dx%d window %d", rows, cols, window).containsExactly(strided);
      }
    }
  }

  @Test
  void windowCoversAboutHalfAnOutputCell() {
    assertThat(JaroszFilter.windowSize(64)).isEqualTo(1);
    assertThat(JaroszFilter.windowSize(128)).isEqualTo(1);
    assertThat(JaroszFilter.windowSize(129)).isEqualTo(2);
    assertThat(JaroszFilter.windowSize(1024)).isEqualTo(8);
    assertThat(JaroszFilter.windowSize(1920)).isEqualTo(15);
  }
}
