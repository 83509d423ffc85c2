package org.cseprotocol.forms;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Adds {@link FormValueConversion} to every user task of every deployed process as a built-in {@code complete}
 * listener. The engine runs built-in task listeners before the listeners of the BPMN model, and also when a
 * caller skips custom listeners, so the conversion always comes first.
 */
@Component
class FormValuePlugin extends AbstractProcessEnginePlugin {

    private final TaskListener conversion = new FormValueConversion();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        listeners.add(new UserTaskParseListener(conversion));
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /** Attaches the conversion to each user task as the engine parses it. */
    static class UserTaskParseListener extends AbstractBpmnParseListener {

        private final TaskListener conversion;

        UserTaskParseListener(TaskListener conversion) {
            this.conversion = conversion;
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            UserTaskActivityBehavior behavior = (UserTaskActivityBehavior) activity.getActivityBehavior();
            behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, conversion);
        }
    }
}
