package org.cseprotocol.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Reads the variable names a task's Camunda Form can submit: every field {@code key} and every group or repeating
 * list {@code path}. The form is the one the task is bound to in the engine, read without authorization checks.
 */
class TaskFormFields {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ProcessEngine engine;

    TaskFormFields(ProcessEngine engine) {
        this.engine = engine;
    }

    /**
     * Returns the names the task's form submits (none for a task without a Camunda Form), or empty when the task does
     * not exist, which the 404 for a missing task then reports.
     */
    Optional<Set<String>> of(String taskId) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> context.runWithoutAuthorization(() -> read(taskId)));
    }

    private Optional<Set<String>> read(String taskId) {
        if (engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
            return Optional.empty();
        }
        Set<String> names = new TreeSet<>();
        try (InputStream form = engine.getFormService().getDeployedTaskForm(taskId)) {
            collect(MAPPER.readTree(form), names);
        } catch (ProcessEngineException | IOException e) {
            // A task without a deployed Camunda Form accepts no variables from a non-administrator.
            return Optional.of(Set.of());
        }
        return Optional.of(names);
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            if (node.path("key").isTextual()) {
                names.add(node.get("key").asText());
            }
            if (node.path("path").isTextual()) {
                names.add(node.get("path").asText());
            }
        }
        node.elements().forEachRemaining(child -> collect(child, names));
    }
}
