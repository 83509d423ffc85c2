package org.cseprotocol.decision;

import java.time.ZoneOffset;
import java.util.Objects;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the tasks where a person confirms or overrides a table's proposal ({@code triageReferral},
 * {@code informPolice}, {@code decideThreshold}, {@code decideOutcome}). Rejects the completion when the value is
 * missing or not allowed, or differs from the proposal without a reason. Records every accepted override.
 */
@Component("decisionOverrides")
class DecisionOverrides implements TaskListener {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionOverrides.class);

    private final DecisionOverrideRepository repository;

    DecisionOverrides(DecisionOverrideRepository repository) {
        this.repository = repository;
    }

    @Override
    public void notify(DelegateTask task) {
        OverrideRule rule = OverrideRule.forTask(task.getTaskDefinitionKey()).orElseThrow(() ->
                new ProcessEngineException("decisionOverrides is attached to task " + task.getTaskDefinitionKey()
                        + ", which confirms no decision. Attach it only to " + OverrideRule.taskKeys()));
        String chosen = text(task.getVariable(rule.valueVariable()));
        checkAllowed(rule, chosen);
        String proposed = text(task.getVariable(rule.proposedVariable()));
        if (proposed == null || proposed.equals(chosen)) {
            return;
        }
        String reason = text(task.getVariable(rule.reasonVariable()));
        checkReason(rule, reason);
        repository.insert(override(task, rule, proposed, chosen, reason.strip()));
        LOG.info("Recorded an override of decision {} in process instance {}",
                rule.decision().key(), task.getProcessInstanceId());
    }

    private static void checkAllowed(OverrideRule rule, String chosen) {
        if (chosen == null) {
            throw new DecisionOverrideRejectedException(rule.valueVariable(), "Choose the " + rule.label() + " ("
                    + rule.valueVariable() + "): one of " + String.join(", ", rule.allowedValues()) + ".");
        }
        if (!rule.allowedValues().contains(chosen)) {
            throw new DecisionOverrideRejectedException(rule.valueVariable(), "The " + rule.label() + " ("
                    + rule.valueVariable() + ") must be one of " + String.join(", ", rule.allowedValues())
                    + ", not '" + chosen + "'.");
        }
    }

    private static void checkReason(OverrideRule rule, String reason) {
        if (reason == null) {
            throw new DecisionOverrideRejectedException(rule.reasonVariable(), "The " + rule.label()
                    + " differs from the decision table's proposal, so give the reason for the change ("
                    + rule.reasonVariable() + ").");
        }
        if (reason.length() > OverrideRule.MAX_REASON_LENGTH) {
            throw new DecisionOverrideRejectedException(rule.reasonVariable(), "The reason for changing the "
                    + rule.label() + " (" + rule.reasonVariable() + ") has " + reason.length()
                    + " characters. Shorten it to " + OverrideRule.MAX_REASON_LENGTH + " or fewer.");
        }
    }

    private static DecisionOverride override(DelegateTask task, OverrideRule rule, String proposed, String chosen,
            String reason) {
        CseDecision decision = rule.decision();
        return new DecisionOverride(null, decision.key(),
                Values.wholeNumber(task.getVariable(decision.versionVariable())), referralId(task),
                task.getProcessInstanceId(), task.getId(), task.getTaskDefinitionKey(), proposed, chosen, reason,
                decidedBy(task), ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC));
    }

    private static String referralId(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        return businessKey != null ? businessKey : text(task.getVariable("referralId"));
    }

    private static String decidedBy(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        return authentication != null ? authentication.getUserId() : task.getAssignee();
    }

    /** Returns the value as text, {@code null} when absent or blank. Surrounding spaces stay, so " RED" is invalid. */
    private static String text(Object value) {
        String text = Objects.toString(value, "");
        return text.isBlank() ? null : text;
    }
}
