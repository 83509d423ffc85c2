package org.cseprotocol.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Marks the moment MAISy information sharing starts, once triage (or, on an open case, the CSE lead's RAG rating)
 * is done: the RAG deadline of 4 or 24 working hours counts from here.
 */
@Component("sharingStart")
class SharingStart implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable("sharingStarted", true);
        execution.setVariable("sharingStartedAt", ClockUtil.getCurrentTime());
    }
}
