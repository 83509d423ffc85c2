package org.cseprotocol.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseprotocol.deadline.WorkingCalendarTest.london;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Checks that Spring Boot registers the calendar with its engine, the {@code deadlines} bean and the endpoint.
 * The context contains the auto-configuration and this package only, so it needs no models to deploy and no filter
 * that protects {@code /api}.
 */
@SpringBootTest(classes = DeadlineWiringTest.DeadlinePackageOnly.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:deadline-wiring;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "cse.working-hours.extra-closed-days=2026-03-10",
})
@AutoConfigureMockMvc(addFilters = false)
class DeadlineWiringTest {

    @Autowired
    private ProcessEngine engine;

    @Autowired
    private MockMvc mvc;

    private Deployment deployment;

    @AfterEach
    void resetClockAndDeployment() {
        ClockUtil.reset();
        if (deployment != null) {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void engineHasTheWorkingTimeCalendars() {
        BusinessCalendarManager calendars =
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBusinessCalendarManager();

        assertThat(calendars.getBusinessCalendar("workingTime")).isInstanceOf(WorkingTimeBusinessCalendar.class);
        assertThat(calendars.getBusinessCalendar("dueDate")).isInstanceOf(WorkingTimeDelegatingCalendar.class);
        assertThat(calendars.getBusinessCalendar("duration")).isInstanceOf(WorkingTimeDelegatingCalendar.class);
    }

    @Test
    void deadlinesBeanWorksInTaskDueDate() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("deadlineWiring")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("decideThreshold").camundaDueDate("${deadlines.workingDaysAfter(receivedAt, 1)}")
                .endEvent()
                .done();
        deployment = engine.getRepositoryService().createDeployment()
                .addModelInstance("deadlineWiring.bpmn", model).deploy();

        engine.getRuntimeService().startProcessInstanceByKey("deadlineWiring",
                Map.of("receivedAt", Date.from(london("2026-03-09T10:15"))));

        Date due = engine.getTaskService().createTaskQuery().taskDefinitionKey("decideThreshold").singleResult()
                .getDueDate();
        assertThat(due).isEqualTo(Date.from(london("2026-03-11T17:00")));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @ComponentScan(basePackageClasses = DeadlineConfiguration.class)
    static class DeadlinePackageOnly {
    }

    @Test
    void endpointUsesConfiguredCalendar() throws Exception {
        mvc.perform(get("/api/deadlines").param("from", "2026-03-09T15:00:00Z").param("workingHours", "4"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2026-03-11T11:00:00Z"));
    }
}
