package vn.vusta.platform.observability;

import java.util.Arrays;

/** Reads Prometheus's text format as a dashboard's query would: the sum of a metric's samples whose labels match. */
final class Metrics {

    private Metrics() {
    }

    /** The sum over the samples of this name having every one of these label pairs (e.g. {@code outcome="sent"}). */
    static double value(String scraped, String name, String... labels) {
        return scraped.lines()
                .filter(line -> !line.startsWith("#"))
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** Whether the scrape has a sample of this name. */
    static boolean has(String scraped, String name) {
        return scraped.lines().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
    }
}
