package org.cseprotocol.decision;

import java.time.OffsetDateTime;

/**
 * A value a person chose that differs from a decision table's proposal, with the reason they gave.
 *
 * @param decisionVersion the version of the table pinned for the case, {@code null} if none was pinned
 * @param decidedBy the authenticated user, else the task's assignee, else {@code null}
 */
record DecisionOverride(
        Long id,
        String decisionKey,
        Integer decisionVersion,
        String referralId,
        String processInstanceId,
        String taskId,
        String taskKey,
        String proposedValue,
        String chosenValue,
        String reason,
        String decidedBy,
        OffsetDateTime decidedAt) {
}
