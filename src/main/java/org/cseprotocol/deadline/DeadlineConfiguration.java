package org.cseprotocol.deadline;

import java.util.TreeSet;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Creates the working calendar from {@code cse.working-hours} and the engine plugin that registers it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkingHoursProperties.class)
class DeadlineConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineConfiguration.class);

    @Bean
    WorkingCalendar workingCalendar(WorkingHoursProperties properties) {
        WorkingHoursSettings settings = properties.toSettings();
        LOG.info("Working hours {} {} to {} in {}, closed on the bank holidays of {} and on {}, open on {}",
                new TreeSet<>(settings.workingDays()), settings.opening(), settings.closing(), settings.zone(),
                settings.bankHolidays().describe(), new TreeSet<>(settings.extraClosedDays()),
                new TreeSet<>(settings.workingBankHolidays()));
        return new WorkingCalendar(settings);
    }

    /** Exposes the plugin as a bean, which the Camunda Spring Boot starter adds to the engine configuration. */
    @Bean
    ProcessEnginePlugin workingTimeEnginePlugin(WorkingCalendar workingCalendar) {
        return new WorkingTimeEnginePlugin(new WorkingTimeBusinessCalendar(workingCalendar));
    }
}
