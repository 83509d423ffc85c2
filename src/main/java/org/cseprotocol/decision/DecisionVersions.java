package org.cseprotocol.decision;

import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pins, when a case starts, the latest version of each decision table into the variable
 * {@link CseDecision#versionVariable()}, so that a table deployed later applies to new cases only. Business rule
 * tasks read the pinned version with {@code ${decisionVersions.pinned(execution, 'cse-rag-rating')}}.
 */
@Component("decisionVersions")
public class DecisionVersions implements ExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionVersions.class);

    private final RepositoryService repositoryService;

    DecisionVersions(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        for (CseDecision decision : CseDecision.values()) {
            Optional<Integer> latest = latestVersion(decision.key());
            if (latest.isPresent()) {
                execution.getProcessInstance().setVariable(decision.versionVariable(), latest.get());
            } else {
                LOG.warn("Decision {} is not deployed, so process instance {} pins no version of it",
                        decision.key(), execution.getProcessInstanceId());
            }
        }
    }

    /**
     * Returns the version of the decision pinned for this case. A case started without the start listener, or
     * before the decision was deployed, is pinned to the latest version now.
     *
     * @throws ProcessEngineException if no version of the decision is deployed
     */
    public Integer pinned(DelegateExecution execution, String decisionKey) {
        String variable = CseDecision.versionVariable(decisionKey);
        Integer version = Values.wholeNumber(execution.getVariable(variable));
        if (version != null) {
            return version;
        }
        Integer latest = latestVersion(decisionKey).orElseThrow(() -> new ProcessEngineException(
                "Decision " + decisionKey + " is not deployed. Deploy dmn/cse-decisions.dmn and retry."));
        execution.getProcessInstance().setVariable(variable, latest);
        return latest;
    }

    /**
     * Looks the version up without authorization checks, because the person whose action starts or moves the case
     * needs no read permission on decision definitions: the engine evaluates the table for them without one. The
     * engine checks authorizations in listeners only when {@code authorizationEnabledForCustomCode} is on.
     */
    private Optional<Integer> latestVersion(String decisionKey) {
        Supplier<DecisionDefinition> query = () -> repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey)
                .latestVersion()
                .singleResult();
        CommandContext commandContext = Context.getCommandContext();
        DecisionDefinition definition = commandContext == null
                ? query.get()
                : commandContext.runWithoutAuthorization(query::get);
        return Optional.ofNullable(definition).map(DecisionDefinition::getVersion);
    }
}
