package com.shopwarden.health.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the benchmark ran on, for the record next to its figures. */
final class MachineFacts {

  private MachineFacts() {}

  static String describe() {
    Runtime runtime = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "%d cores (%s), %s, JDK %s (%s), max heap %d MiB",
        runtime.availableProcessors(),
        cpuModel(),
        memory(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        runtime.maxMemory() / (1024 * 1024));
  }

  static String loadAverage() {
    return read("/proc/loadavg")
        .map(s -> s.split(" ", 4))
        .map(p -> p[0] + " " + p[1] + " " + p[2])
        .orElse("unknown");
  }

  private static String cpuModel() {
    return read("/proc/cpuinfo")
        .flatMap(
            info ->
                info.lines()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst())
        .orElse("unknown CPU");
  }

  private static String memory() {
    return read("/proc/meminfo")
        .flatMap(
            info ->
                info.lines()
                    .filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> l.replaceAll("[^0-9]", ""))
                    .map(kb -> Long.parseLong(kb) / (1024 * 1024) + " GiB")
                    .findFirst())
        .orElse("unknown memory");
  }

  private static java.util.Optional<String> read(String file) {
    try {
      return java.util.Optional.of(Files.readString(Path.of(file)));
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }
}
