package org.cseprotocol.security;

import java.util.List;

/** Start-up failure of the {@code production} profile, with every setting that is missing or too weak. */
class ProductionSettingsException extends IllegalStateException {

    private final List<String> problems;

    ProductionSettingsException(List<String> problems) {
        super("The production profile cannot start: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
