package org.cseprotocol.report;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Reads {@code cse-referral} cases from Camunda's history: the cases received in a period, by their
 * {@code receivedAt} variable, and the case variables that the figures count.
 */
@Component
class ReferralHistory {

    static final String PROCESS = "cse-referral";
    static final List<String> VARIABLES = List.of("referralSource", "referrerAgency", "ragRating",
            "exploitationTypes", "indicators", "currentlyMissing", "policeCategory", "outcomes", "stepDownTo");

    /** Process instances per variable query, well under the parameter limits of H2 and PostgreSQL. */
    static final int BATCH = 500;

    private final HistoryService historyService;

    ReferralHistory(HistoryService historyService) {
        this.historyService = historyService;
    }

    /** Returns the variables of each case received in [start, end), by process instance id. */
    Map<String, Map<String, Object>> casesReceived(Instant start, Instant end) {
        List<String> ids = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PROCESS)
                .variableValueGreaterThanOrEqual("receivedAt", Date.from(start))
                .variableValueLessThan("receivedAt", Date.from(end))
                .list().stream().map(HistoricProcessInstance::getId).toList();
        Map<String, Map<String, Object>> cases = new HashMap<>();
        ids.forEach(id -> cases.put(id, new HashMap<>()));
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(batch.toArray(String[]::new))
                    .variableNameIn(VARIABLES.toArray(String[]::new)).list()) {
                // A variable of the case itself wins over one of the same name in a sub-scope.
                boolean caseScope = variable.getProcessInstanceId().equals(variable.getActivityInstanceId());
                Map<String, Object> values = cases.get(variable.getProcessInstanceId());
                if (caseScope || !values.containsKey(variable.getName())) {
                    values.put(variable.getName(), variable.getValue());
                }
            }
        }
        return cases;
    }
}
