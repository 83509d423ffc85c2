package org.cseprotocol.cluster;

import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** The running cases, open tasks and waiting timers of a database at one moment, read through an engine. */
record EngineSnapshot(Set<String> caseIds, Map<String, OpenTask> tasks, Map<String, Date> timerDueDates) {

    /** An open task's key and due date. */
    record OpenTask(String key, Date dueDate) {
    }

    static EngineSnapshot of(ProcessEngine engine) {
        Set<String> caseIds = engine.getRuntimeService().createProcessInstanceQuery().list().stream()
                .map(ProcessInstance::getId)
                .collect(Collectors.toSet());
        Map<String, OpenTask> tasks = engine.getTaskService().createTaskQuery().list().stream()
                .collect(Collectors.toMap(Task::getId,
                        task -> new OpenTask(task.getTaskDefinitionKey(), task.getDueDate())));
        Map<String, Date> timers = engine.getManagementService().createJobQuery().timers().list().stream()
                .filter(job -> job.getProcessInstanceId() != null)
                .collect(Collectors.toMap(Job::getId, Job::getDuedate));
        return new EngineSnapshot(caseIds, tasks, timers);
    }
}
