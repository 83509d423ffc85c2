package org.cseprotocol.decision;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Start listener of every business rule task: writes the flat, typed table inputs computed by
 * {@link TableInputs} as process variables, so the table reads numbers and flags rather than JSON lists, and
 * Cockpit shows what the table saw next to its proposal.
 */
@Component("decisionInputs")
class DecisionInputs implements ExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionInputs.class);

    @Override
    public void notify(DelegateExecution execution) {
        Map<String, Object> inputs = TableInputs.compute(execution::getVariable);
        if (Integer.valueOf(TableInputs.UNREADABLE_POLICE_CATEGORY).equals(inputs.get("policeCategoryLevel"))) {
            LOG.warn("policeCategory in process instance {} is not a number, so the tables treat it as not "
                    + "recognised", execution.getProcessInstanceId());
        }
        execution.getProcessInstance().setVariables(inputs);
        LOG.debug("Decision inputs for activity {} of process instance {}: {}",
                execution.getCurrentActivityId(), execution.getProcessInstanceId(), inputs);
    }
}
