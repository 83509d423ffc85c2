package org.cseprotocol.cluster;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/** Reads the {@code escalateOverdue} tasks, one for each deadline timer that fired, of a case or of all cases. */
final class Escalations {

    static final String TASK_KEY = "escalateOverdue";

    private Escalations() {
    }

    static List<Task> of(ProcessEngine engine, String processInstanceId) {
        return engine.getTaskService().createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(TASK_KEY)
                .list();
    }

    static List<String> names(ProcessEngine engine, String processInstanceId) {
        return of(engine, processInstanceId).stream().map(Task::getName).toList();
    }

    /**
     * Waits up to 20 seconds until each case has the expected number of escalations, then checks that no case gets
     * another for 2 seconds, in which the test nodes' job executors poll the database at least four times.
     */
    static void awaitPerCase(ProcessEngine engine, List<String> caseIds, int expected) {
        await().atMost(Duration.ofSeconds(90))
                .until(() -> caseIds.stream().allMatch(caseId -> of(engine, caseId).size() >= expected));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> caseIds.stream().allMatch(caseId -> of(engine, caseId).size() == expected));
    }

    /** Counts the escalations ever created, open or done, in all cases. */
    static long everCreated(ProcessEngine engine) {
        return engine.getHistoryService().createHistoricTaskInstanceQuery().taskDefinitionKey(TASK_KEY).count();
    }
}
