package org.cseprotocol.report;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Access to the figures under {@code /api/reports}.
 *
 * @param groups Camunda groups whose members may read the figures, which contain counts and no child's details
 */
@ConfigurationProperties("cse.reports")
@Validated
record ReportProperties(
        @DefaultValue({"mash-cse-lead", "mash-manager", "camunda-admin"}) @NotEmpty List<String> groups) {
}
