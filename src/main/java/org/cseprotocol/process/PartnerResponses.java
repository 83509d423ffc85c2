package org.cseprotocol.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Collects each partner agency's information into the case's {@code partnerResponses} list when its information-sharing
 * task completes, so that one agency's response never overwrites another's.
 */
@Component("partnerResponseCollector")
class PartnerResponses implements TaskListener {

    static final String RESPONSES = "partnerResponses";
    static final String SHARED_INFORMATION = "sharedInformation";

    private static final Logger LOG = LoggerFactory.getLogger(PartnerResponses.class);

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("agency", task.getVariable("partnerAgency"));
        response.put("information", task.getVariable(SHARED_INFORMATION));
        response.put("sharedBy", sharedBy(task));
        response.put("sharedAt", Instant.now().toString());

        List<Object> responses = existing(task.getVariable(RESPONSES));
        responses.add(response);
        task.getExecution().getProcessInstance()
                .setVariable(RESPONSES, SpinValues.jsonValue(Spin.JSON(responses)).create());
        task.getExecution().getProcessInstance().removeVariable(SHARED_INFORMATION);
        LOG.info("Partner agency {} shared information on case {}", response.get("agency"),
                task.getExecution().getProcessBusinessKey());
    }

    private static String sharedBy(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }

    private static List<Object> existing(Object value) {
        List<Object> list = new ArrayList<>();
        if (value instanceof SpinJsonNode node && node.isArray()) {
            node.elements().forEach(element -> list.add(element.mapTo(Map.class)));
        }
        return list;
    }
}
