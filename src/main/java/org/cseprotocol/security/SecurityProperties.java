package org.cseprotocol.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Security settings of the application.
 *
 * @param maxRequestSize maximum size of a request body under {@code /api}, {@code /engine-rest} and
 *     {@code /camunda/api} (default 1MB); a larger body is rejected with 413
 * @param maxDeploymentSize maximum size of a model deployment to {@code /engine-rest/deployment/create}
 *     (default 10MB)
 * @param hsts whether every response carries {@code Strict-Transport-Security} (default false; true in the
 *     {@code production} profile, which expects HTTPS in front of the application)
 * @param partnerVariables the case variables that a partner agency may read on its information-sharing task
 */
@ConfigurationProperties("cse.security")
record SecurityProperties(
        @DefaultValue("1MB") DataSize maxRequestSize,
        @DefaultValue("10MB") DataSize maxDeploymentSize,
        @DefaultValue("false") boolean hsts,
        @DefaultValue({"referralId", "partnerAgency", "childFirstName", "childLastName", "childDateOfBirth",
            "childSchool", "concern", "sharedInformation"}) List<String> partnerVariables) {
}
