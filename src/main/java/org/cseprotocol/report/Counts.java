package org.cseprotocol.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts by category, with every known category present from the start so that a chart shows a zero rather than
 * leaving the bar out. A value outside the known categories is counted under its own name after them.
 */
final class Counts {

    private final Map<String, Long> counts = new LinkedHashMap<>();

    Counts(List<String> known) {
        known.forEach(category -> counts.put(category, 0L));
    }

    void add(String category) {
        counts.merge(category, 1L, Long::sum);
    }

    void addAll(List<String> categories) {
        categories.forEach(this::add);
    }

    Map<String, Long> toMap() {
        return new LinkedHashMap<>(counts);
    }
}
