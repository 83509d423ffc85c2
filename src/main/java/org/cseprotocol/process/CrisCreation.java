package org.cseprotocol.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Records when police in MASH created or updated the CRIS report: SET has 24 hours from then to categorise. */
@Component("crisCreation")
class CrisCreation implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        task.getExecution().getProcessInstance().setVariable("crisCreatedAt", ClockUtil.getCurrentTime());
    }
}
