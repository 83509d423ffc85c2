package org.cseprotocol.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.cseprotocol.report.Figures.DeadlineRow;
import org.springframework.stereotype.Component;

/**
 * Counts the deadlines of {@code cse-referral} tasks due in a period, by step (task key) and agency, from the due
 * date and end time of each historic task. A task deleted rather than completed, as when a case is cancelled,
 * is left out.
 */
@Component
class DeadlineHistory {

    /** Steps done by police in MASH and the Sexual Exploitation Team; every other step is children's social care. */
    static final Set<String> POLICE_STEPS = Set.of("createCris", "categoriseRisk");
    static final String SHARE_INFORMATION = "shareInformation";
    /** Start of the task name, "Share information: HEALTH" in the process model. */
    static final String SHARE_INFORMATION_NAME = "Share information:";
    static final String COMPLETED = "completed";
    static final String ALL = "ALL";

    private final HistoryService historyService;

    DeadlineHistory(HistoryService historyService) {
        this.historyService = historyService;
    }

    /** Returns one row per step and agency, ordered by step then agency, then the totals by agency. */
    List<List<DeadlineRow>> deadlines(Instant start, Instant end, Instant now) {
        List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
                .processDefinitionKey(ReferralHistory.PROCESS)
                .taskDueAfter(Date.from(start.minusMillis(1)))
                .taskDueBefore(Date.from(end))
                .list();
        Map<String, String> agencies = partnerAgencies(tasks);
        Map<String, long[]> bySteps = new TreeMap<>();
        Map<String, long[]> byAgency = new TreeMap<>();
        for (HistoricTaskInstance task : tasks) {
            Status status = status(task, now);
            if (status == null) {
                continue;
            }
            String agency = agency(task, agencies);
            String step = task.getTaskDefinitionKey() + "|" + agency;
            bySteps.computeIfAbsent(step, key -> new long[Status.values().length])[status.ordinal()]++;
            byAgency.computeIfAbsent(agency, key -> new long[Status.values().length])[status.ordinal()]++;
        }
        List<DeadlineRow> stepRows = new ArrayList<>();
        bySteps.forEach((key, counts) -> stepRows.add(row(key.split("\\|")[0], key.split("\\|")[1], counts)));
        List<DeadlineRow> agencyRows = new ArrayList<>();
        byAgency.forEach((agency, counts) -> agencyRows.add(row(ALL, agency, counts)));
        return List.of(stepRows, agencyRows);
    }

    /** Returns whether the task met its deadline, or null for a task deleted without being completed. */
    private static Status status(HistoricTaskInstance task, Instant now) {
        Instant due = task.getDueDate().toInstant();
        if (task.getEndTime() == null) {
            return now.isAfter(due) ? Status.MISSED : Status.OPEN;
        }
        if (!COMPLETED.equals(task.getDeleteReason())) {
            return null;
        }
        return task.getEndTime().toInstant().isAfter(due) ? Status.MISSED : Status.MET;
    }

    private static String agency(HistoricTaskInstance task, Map<String, String> partnerAgencies) {
        if (!SHARE_INFORMATION.equals(task.getTaskDefinitionKey())) {
            return POLICE_STEPS.contains(task.getTaskDefinitionKey()) ? "POLICE" : "SOCIAL_CARE";
        }
        String agency = partnerAgencies.get(task.getExecutionId());
        if (agency == null && task.getName() != null && task.getName().startsWith(SHARE_INFORMATION_NAME)) {
            agency = task.getName().substring(SHARE_INFORMATION_NAME.length()).trim();
        }
        return agency == null || agency.isEmpty() ? ReferralCounts.NOT_RECORDED : agency;
    }

    /**
     * Returns the partner agency of each information-sharing task, by execution id. The multi-instance sets
     * {@code partnerAgency} on each instance's execution, which is the task's execution. Where it is not, as when a
     * model change makes the task a scope of its own, the agency is read from the task name.
     */
    private Map<String, String> partnerAgencies(List<HistoricTaskInstance> tasks) {
        String[] processes = tasks.stream().filter(task -> SHARE_INFORMATION.equals(task.getTaskDefinitionKey()))
                .map(HistoricTaskInstance::getProcessInstanceId).distinct().toArray(String[]::new);
        Map<String, String> agencies = new HashMap<>();
        for (int from = 0; from < processes.length; from += ReferralHistory.BATCH) {
            String[] batch = Arrays.copyOfRange(processes, from,
                    Math.min(processes.length, from + ReferralHistory.BATCH));
            for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(batch).variableName("partnerAgency").list()) {
                agencies.put(variable.getExecutionId(), String.valueOf(variable.getValue()));
            }
        }
        return agencies;
    }

    private static DeadlineRow row(String step, String agency, long[] counts) {
        return new DeadlineRow(step, agency, counts[Status.MET.ordinal()], counts[Status.MISSED.ordinal()],
                counts[Status.OPEN.ordinal()]);
    }

    /** Whether a task met its deadline; OPEN is a task not yet done and not yet due. */
    private enum Status { MET, MISSED, OPEN }
}
