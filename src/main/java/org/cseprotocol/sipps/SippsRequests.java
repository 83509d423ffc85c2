package org.cseprotocol.sipps;

import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Starts the SIPPS worksheet on a running case at any time, by correlating message {@code SippsWorksheetRequested}
 * to the case's {@code cse-referral} process. The process receives it in a non-interrupting event sub-process whose
 * user task {@code completeRequestedSippsWorksheet} shows the same form as {@code completeSippsWorksheet}.
 */
@Component
class SippsRequests {

    static final String PROCESS_KEY = "cse-referral";
    static final String MESSAGE = "SippsWorksheetRequested";
    static final String REQUESTED_TASK_KEY = "completeRequestedSippsWorksheet";
    static final Set<String> WORKSHEET_TASK_KEYS = Set.of("completeSippsWorksheet", REQUESTED_TASK_KEY);

    private static final Logger LOG = LoggerFactory.getLogger(SippsRequests.class);

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final HistoryService historyService;

    private final ProcessEngine engine;

    SippsRequests(ProcessEngine engine, RuntimeService runtimeService, TaskService taskService,
            HistoryService historyService) {
        this.engine = engine;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.historyService = historyService;
    }

    /**
     * Requests the worksheet and returns the new task. Who requested it and when are stored as the case variables
     * {@code sippsRequestedBy} and {@code sippsRequestedAt}, which always describe the open worksheet because a
     * case may have only one open at a time.
     *
     * @throws ResponseStatusException 404 when no case has the id, 409 when the case has ended, already has a
     *     worksheet open, or runs a process version without the request event
     */
    SippsRequestReceipt request(String referralId, String userId, boolean anyCase) {
        // The controller has checked the caller's groups; a social worker has no engine permission to change a case.
        // The new task is read in a second command, once the first has written it to the database.
        SippsRequestReceipt receipt = withoutAuthorization(() -> requestAsSystem(referralId, userId, anyCase));
        Task worksheet = withoutAuthorization(() -> newestWorksheet(receipt.processInstanceId()));
        return receipt.withTaskId(worksheet.getId());
    }

    private <T> T withoutAuthorization(Supplier<T> work) {
        CommandExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        return executor.execute(context -> context.runWithoutAuthorization(work::get));
    }

    private SippsRequestReceipt requestAsSystem(String referralId, String userId, boolean anyCase) {
        ProcessInstance instance = runningCase(referralId);
        if (!anyCase && !userId.equals(runtimeService.getVariable(instance.getId(), "allocatedSocialWorker"))) {
            // The same response as for an unknown case, so a social worker cannot probe which cases exist.
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No running case " + referralId
                    + " is allocated to you; ask the team manager to request the worksheet.");
        }
        checkNoWorksheetOpen(referralId, instance);
        Date requestedAt = ClockUtil.getCurrentTime();
        try {
            runtimeService.createMessageCorrelation(MESSAGE)
                    .processInstanceId(instance.getId())
                    .setVariable("sippsRequestedBy", userId)
                    .setVariable("sippsRequestedAt", requestedAt)
                    .correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Case " + referralId + " runs a version of the "
                    + "process that cannot receive a SIPPS request, so ask for the worksheet on its strategy meeting "
                    + "or screening tool form instead.", e);
        }
        LOG.info("SIPPS worksheet requested on case {} by {}", referralId, userId);
        return new SippsRequestReceipt(referralId, instance.getId(), null, userId, requestedAt.toInstant());
    }

    private ProcessInstance runningCase(String referralId) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(referralId)
                .singleResult();
        if (instance != null) {
            return instance;
        }
        boolean ended = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(referralId)
                .count() > 0;
        if (ended) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Case " + referralId + " has ended, so no "
                    + "SIPPS worksheet can be requested on it.");
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No running case has the referral id "
                + referralId + "; ids look like CSE-2026-000123.");
    }

    private void checkNoWorksheetOpen(String referralId, ProcessInstance instance) {
        List<Task> open = worksheets(instance.getId());
        if (!open.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Case " + referralId + " already has a SIPPS "
                    + "worksheet open (task " + open.get(0).getId() + "). Complete it before requesting another.");
        }
    }

    private Task newestWorksheet(String processInstanceId) {
        return worksheets(processInstanceId).stream()
                .filter(task -> task.getTaskDefinitionKey().equals(REQUESTED_TASK_KEY))
                .max((first, second) -> first.getCreateTime().compareTo(second.getCreateTime()))
                .orElseThrow(() -> new IllegalStateException("The SIPPS request on process instance "
                        + processInstanceId + " was received but created no " + REQUESTED_TASK_KEY + " task"));
    }

    private List<Task> worksheets(String processInstanceId) {
        return taskService.createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKeyIn(WORKSHEET_TASK_KEYS.toArray(String[]::new))
                .list();
    }
}
