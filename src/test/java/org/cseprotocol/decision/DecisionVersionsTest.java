package org.cseprotocol.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DecisionEngineTest
class DecisionVersionsTest {

    private static final String PROCESS = "decision-versions-test";
    private static final String OLD_REASON = "Under 13 with signs of sexual activity: always Red";
    private static final String NEW_REASON = "Under 13 with signs of sexual activity: Red under the new table";

    @Autowired
    private ProcessEngine processEngine;
    @Autowired
    private RepositoryService repositoryService;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private TaskService taskService;
    @Autowired
    private IdentityService identityService;
    @Autowired
    private AuthorizationService authorizationService;

    private final List<String> deploymentIds = new ArrayList<>();
    private final List<String> authorizationIds = new ArrayList<>();
    private boolean authorizationEnabled;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(processEngine);
        authorizationEnabled = configuration().isAuthorizationEnabled();
    }

    @AfterEach
    void cleanUp() {
        configuration().setAuthorizationEnabled(authorizationEnabled);
        configuration().setAuthorizationEnabledForCustomCode(false);
        identityService.clearAuthentication();
        authorizationIds.forEach(authorizationService::deleteAuthorization);
        deploymentIds.forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    @Test
    void runningCaseKeepsTableItStartedWith() throws IOException {
        deploy(TestProcesses.decisionAfterWait(PROCESS, "cse-rag-rating", "triageReferral"));
        ProcessInstance before = start();
        int oldVersion = latestVersion();

        deployChangedTable();
        ProcessInstance after = start();
        taskService.complete(task(TestProcesses.WAIT_TASK, before).getId());
        taskService.complete(task(TestProcesses.WAIT_TASK, after).getId());

        assertThat(latestVersion()).isEqualTo(oldVersion + 1);
        assertThat(before).variables().containsEntry("cseRagRatingVersion", oldVersion)
                .containsEntry("ragRatingReason", OLD_REASON);
        assertThat(after).variables().containsEntry("cseRagRatingVersion", oldVersion + 1)
                .containsEntry("ragRatingReason", NEW_REASON);
    }

    @Test
    void pinsEveryDecisionAtStart() {
        deploy(TestProcesses.decisionAfterWait(PROCESS, "cse-rag-rating", "triageReferral"));

        ProcessInstance instance = start();

        assertThat(instance).variables().containsKeys("cseScreeningRiskVersion", "cseRagRatingVersion",
                "cseResponseTimescaleVersion", "cseThresholdVersion", "cseStepDownVersion");
    }

    @Test
    void caseWithoutPinPinsLatestWhenTableRuns() {
        deploy(TestProcesses.decisionAfterWait(PROCESS, "cse-rag-rating", "triageReferral"));
        ProcessInstance instance = start();
        runtimeService.removeVariable(instance.getId(), "cseRagRatingVersion");

        taskService.complete(task(TestProcesses.WAIT_TASK, instance).getId());

        assertThat(instance).variables().containsEntry("cseRagRatingVersion", latestVersion())
                .containsEntry("ragRating", "RED");
    }

    @Test
    void pinsWithoutReadPermissionOnDecisions() {
        deploy(TestProcesses.decision(PROCESS, "cse-rag-rating", "triageReferral"));
        grant(Resources.PROCESS_DEFINITION, PROCESS, Permissions.CREATE_INSTANCE);
        grant(Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        configuration().setAuthorizationEnabled(true);
        configuration().setAuthorizationEnabledForCustomCode(true);
        identityService.setAuthenticatedUserId("intake.service");

        String instanceId = start().getId();

        identityService.clearAuthentication();
        configuration().setAuthorizationEnabled(false);
        assertThat(runtimeService.getVariables(instanceId)).containsEntry("cseRagRatingVersion", latestVersion())
                .containsEntry("ragRating", "RED");
    }

    private ProcessInstance start() {
        return runtimeService.startProcessInstanceByKey(PROCESS, "CSE-2026-000002", CaseVariables.caseTwo());
    }

    private void deploy(BpmnModelInstance process) {
        deploymentIds.add(repositoryService.createDeployment()
                .addModelInstance(PROCESS + ".bpmn", process)
                .deploy()
                .getId());
    }

    /** Deploys the table file with one reason reworded, as an administrator would from Modeler. */
    private void deployChangedTable() throws IOException {
        String dmn;
        try (InputStream file = getClass().getClassLoader().getResourceAsStream(DecisionTables.RESOURCE)) {
            dmn = new String(file.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(dmn).contains(OLD_REASON);
        deploymentIds.add(repositoryService.createDeployment()
                .addString("cse-decisions.dmn", dmn.replace(OLD_REASON, NEW_REASON))
                .deploy()
                .getId());
    }

    private int latestVersion() {
        return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("cse-rag-rating")
                .latestVersion().singleResult().getVersion();
    }

    private void grant(Resources resource, String resourceId, Permissions permission) {
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setUserId("intake.service");
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        authorizationIds.add(authorizationService.saveAuthorization(authorization).getId());
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    }
}
