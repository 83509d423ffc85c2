package org.cseprotocol.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records a step-down to Early Help after the MASH manager agrees that the threshold is not met; the CSE concern
 * is flagged so that Early Help knows what it is taking on.
 */
@Component("stepDownToEarlyHelp")
class StepDownToEarlyHelp implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(StepDownToEarlyHelp.class);

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("stepDownTo", "EARLY_HELP");
        execution.setVariable("cseConcernFlagged", true);
        execution.setVariable("outcomes", SpinValues.jsonValue(Spin.JSON(List.of("STEP_DOWN"))).create());
        LOG.info("Case {} stepped down to Early Help with the CSE concern flagged", execution.getProcessBusinessKey());
    }
}
