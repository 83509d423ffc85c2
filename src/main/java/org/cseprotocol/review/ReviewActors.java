package org.cseprotocol.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Finds who completed a review task, for the record's history. */
final class ReviewActors {

    /** Actor recorded when a task has no assignee and no user is authenticated, as in a test. */
    static final String UNKNOWN = "unknown";

    private ReviewActors() {
    }

    /** Returns the authenticated user completing the task, else its assignee, else {@link #UNKNOWN}. */
    static String of(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : UNKNOWN;
    }
}
