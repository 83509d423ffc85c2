package org.cseprotocol.security;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints each problem of {@link ProductionSettingsException} on its own line instead of a stack trace. */
class ProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<ProductionSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionSettingsException cause) {
        String problems = cause.problems().stream().map(problem -> "  - " + problem)
                .collect(Collectors.joining(System.lineSeparator()));
        return new FailureAnalysis("The production profile is missing settings or has weak ones:"
                + System.lineSeparator() + problems,
                "Set the environment variables listed above and start the application again.", cause);
    }
}
