package org.cseprotocol.decision;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values a person may choose on a task that confirms or overrides a table's proposal, and the reason variable.
 *
 * @param label the practitioner's name of the value, used in messages
 */
record OverrideRule(CseDecision decision, String label, String reasonVariable, List<String> allowedValues) {

    /** Maximum length of a reason, the size of {@code decision_override.reason}. */
    static final int MAX_REASON_LENGTH = 4000;

    private static final OverrideRule RAG_RATING = new OverrideRule(CseDecision.RAG_RATING, "RAG rating",
            "ragOverrideReason", List.of("RED", "AMBER", "GREEN"));
    private static final OverrideRule THRESHOLD = new OverrideRule(CseDecision.THRESHOLD, "threshold decision",
            "thresholdOverrideReason", List.of("SECTION_47", "SECTION_17", "NOT_PROCEEDING"));
    private static final OverrideRule STEP_DOWN = new OverrideRule(CseDecision.STEP_DOWN, "step-down",
            "stepDownOverrideReason", List.of("NONE", "EARLY_HELP", "SPECIALIST_FAMILY_FOCUS"));

    private static final Map<String, OverrideRule> BY_TASK = Map.of(
            "triageReferral", RAG_RATING,
            "informPolice", RAG_RATING,
            "decideThreshold", THRESHOLD,
            "decideOutcome", STEP_DOWN);

    static Optional<OverrideRule> forTask(String taskDefinitionKey) {
        return Optional.ofNullable(BY_TASK.get(taskDefinitionKey));
    }

    static List<String> taskKeys() {
        return BY_TASK.keySet().stream().sorted().toList();
    }

    String valueVariable() {
        return decision.valueVariable();
    }

    String proposedVariable() {
        return decision.proposedVariable().orElseThrow();
    }
}
