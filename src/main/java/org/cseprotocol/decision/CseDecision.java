package org.cseprotocol.decision;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five decision tables of {@code dmn/cse-decisions.dmn}. Each table names its outputs after the process
 * variables they fill; the proposed-value variable keeps the table's proposal beside the person's value.
 */
enum CseDecision {

    SCREENING_RISK("cse-screening-risk", "screeningRisk", null),
    RAG_RATING("cse-rag-rating", "ragRating", "ragRatingProposed"),
    RESPONSE_TIMESCALE("cse-response-timescale", "responseWorkingHours", null),
    THRESHOLD("cse-threshold", "thresholdDecision", "thresholdDecisionProposed"),
    STEP_DOWN("cse-step-down", "stepDownTo", "stepDownToProposed");

    private final String key;
    private final String valueVariable;
    private final String proposedVariable;

    CseDecision(String key, String valueVariable, String proposedVariable) {
        this.key = key;
        this.valueVariable = valueVariable;
        this.proposedVariable = proposedVariable;
    }

    String key() {
        return key;
    }

    String valueVariable() {
        return valueVariable;
    }

    Optional<String> proposedVariable() {
        return Optional.ofNullable(proposedVariable);
    }

    /** Returns the variable that pins this table's version for one case, e.g. {@code cseRagRatingVersion}. */
    String versionVariable() {
        return versionVariable(key);
    }

    static String versionVariable(String decisionKey) {
        StringBuilder name = new StringBuilder();
        for (String word : decisionKey.split("-")) {
            if (!word.isEmpty()) {
                name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
        }
        return name.append("Version").toString();
    }

    static Optional<CseDecision> byKey(String key) {
        return Arrays.stream(values()).filter(decision -> decision.key.equals(key)).findFirst();
    }
}
