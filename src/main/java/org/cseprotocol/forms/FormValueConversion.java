package org.cseprotocol.forms;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Complete listener of every user task, run before the model's own listeners: gives each declared form value
 * ({@link FormValueTypes}) its type, so that listeners, gateways, decision tables and timers read a Date, an
 * Integer, a Boolean or a Json list and never the text Tasklist sent.
 *
 * <p>It converts every declared variable the task can see, not only those of the task's form, because the engine
 * does not tell a listener which variables the completion set. A value set with the wrong type outside a task
 * completion is therefore converted, or rejected, at the next completion.
 */
class FormValueConversion implements TaskListener {

    private static final Logger LOG = LoggerFactory.getLogger(FormValueConversion.class);

    @Override
    public void notify(DelegateTask task) {
        for (Map.Entry<String, FormValueType> declared : FormValueTypes.all().entrySet()) {
            String variable = declared.getKey();
            if (!task.hasVariable(variable)) {
                continue;
            }
            TypedValue value = task.getVariableTyped(variable);
            Optional<TypedValue> converted = FormValueConverter.convert(variable, declared.getValue(), value);
            if (converted.isPresent()) {
                task.setVariable(variable, converted.get());
                LOG.debug("Converted {} of task {} from {} to {}", variable, task.getId(), value.getType(),
                        converted.get().getType());
            }
        }
    }
}
