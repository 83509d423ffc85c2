package org.cseprotocol.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Decides who holds the strategy meeting: the allocated social worker, or in a complex case (several victims or
 * perpetrators) a CP coordinator chairs it, with the social worker still able to see and work the task.
 */
@Component("strategyMeetingChair")
class StrategyMeetingChair implements TaskListener {

    static final String CP_COORDINATORS = "cp-coordinator";

    @Override
    public void notify(DelegateTask task) {
        String socialWorker = (String) task.getVariable("allocatedSocialWorker");
        if (Boolean.TRUE.equals(task.getVariable("complexCase"))) {
            task.addCandidateGroup(CP_COORDINATORS);
            if (socialWorker != null) {
                task.addCandidateUser(socialWorker);
            }
        } else {
            task.setAssignee(socialWorker);
        }
    }
}
