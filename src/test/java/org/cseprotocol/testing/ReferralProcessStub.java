package org.cseprotocol.testing;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.StartEventBuilder;

/**
 * A minimal {@code cse-referral} process: start, user task {@code triageReferral} for {@code mash-duty-manager},
 * end. Deployed as the newest version, so tests start it even when the real model is deployed as well, and
 * removed with its instances afterwards.
 */
public final class ReferralProcessStub {

    public static final String PROCESS_KEY = "cse-referral";

    private ReferralProcessStub() {
    }

    /** Deploys the stub and returns the deployment id. */
    public static String deploy(RepositoryService repositoryService) {
        return deploy(repositoryService, Bpmn.createExecutableProcess(PROCESS_KEY)
                .camundaHistoryTimeToLive(1)
                .startEvent("referralReceived"));
    }

    /** Deploys the stub with {@link HoldingStartListener} on its start event and returns the deployment id. */
    public static String deployHoldingAtStart(RepositoryService repositoryService) {
        return deploy(repositoryService, Bpmn.createExecutableProcess(PROCESS_KEY)
                .camundaHistoryTimeToLive(1)
                .startEvent("referralReceived")
                .camundaExecutionListenerClass(ExecutionListener.EVENTNAME_START, HoldingStartListener.class));
    }

    private static String deploy(RepositoryService repositoryService, StartEventBuilder start) {
        BpmnModelInstance model = start
                .userTask("triageReferral").camundaCandidateGroups("mash-duty-manager")
                .endEvent("triaged")
                .done();
        return repositoryService.createDeployment()
                .name("cse-referral-test-stub")
                .addModelInstance(PROCESS_KEY + ".bpmn", model)
                .deploy()
                .getId();
    }

    /** Deletes the deployment with its process instances and history. */
    public static void remove(RepositoryService repositoryService, String deploymentId) {
        repositoryService.deleteDeployment(deploymentId, true);
    }
}
