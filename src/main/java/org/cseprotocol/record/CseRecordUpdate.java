package org.cseprotocol.record;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Execution listener that adds the case's child to the central CSE record, or updates the entry, from the case
 * variables: RAG rating, police category, outcomes, allocated worker, missing episode, reasons. It runs inside
 * the engine's transaction, so a failed step changes no entry. Running it again on the same case variables
 * changes nothing.
 *
 * <p>Hook it as {@code <camunda:executionListener event="end" delegateExpression="${cseRecordUpdate}"/>} on a
 * step after which the case is open to social care or the police. Elsewhere it fails the step with
 * {@link NotOpenToSocialCareOrPoliceException}, so that a child is never left off the record unnoticed.
 */
@Component("cseRecordUpdate")
class CseRecordUpdate implements ExecutionListener {

    static final String PROCESS_ACTOR = "process";

    private static final Logger LOG = LoggerFactory.getLogger(CseRecordUpdate.class);

    private final CaseRecording recording;

    CseRecordUpdate(CaseRecording recording) {
        this.recording = recording;
    }

    @Override
    public void notify(DelegateExecution execution) {
        try {
            CaseFacts facts = CaseFactsReader.read(execution, execution.getProcessBusinessKey());
            RecordChange change = recording.record(facts, actor(execution), false);
            LOG.debug("Case {} at {}: record entry {}", facts.sourceReference(), execution.getCurrentActivityId(),
                    change);
        } catch (NotOpenToSocialCareOrPoliceException | IllegalArgumentException e) {
            throw new ProcessEngineException(e.getMessage() + " (activity " + execution.getCurrentActivityId()
                    + ", process instance " + execution.getProcessInstanceId() + ")", e);
        }
    }

    private static String actor(DelegateExecution execution) {
        Authentication current = execution.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        return current == null || current.getUserId() == null ? PROCESS_ACTOR : current.getUserId();
    }
}
