package org.cseprotocol.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** When start-up creates demo users, and with which password, checked against a mock identity service. */
class DemoIdentityConditionsTest {

    private final IdentityService identityService = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    private final User newUser = mock(User.class);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(DemoIdentityOnly.class)
            .withBean(IdentityService.class, () -> identityService);

    @Test
    void defaultProfileCreatesDemoUsersWithPasswordDemo() {
        when(identityService.newUser(anyString())).thenReturn(newUser);

        runner.run(context -> {
            assertThat(context).hasSingleBean(DemoIdentity.class);
            verify(newUser, times(DemoUsers.ALL.size())).setPassword("demo");
        });
    }

    @Test
    void configuredPasswordIsUsed() {
        when(identityService.newUser(anyString())).thenReturn(newUser);

        runner.withPropertyValues("cse.demo.password=s3cret-for-demo").run(context ->
                verify(newUser, times(DemoUsers.ALL.size())).setPassword("s3cret-for-demo"));
    }

    @Test
    void productionProfileCreatesNoDemoUsers() {
        runner.withInitializer(context -> context.getEnvironment().setActiveProfiles("production")).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(DemoIdentity.class);
        });
    }

    @Test
    void disabledDemoCreatesNoDemoUsers() {
        runner.withPropertyValues("cse.demo.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(DemoIdentity.class));
    }

    @Test
    void blankPasswordFailsStartUp() {
        runner.withPropertyValues("cse.demo.password= ").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("cse.demo.password");
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DemoProperties.class)
    @Import(DemoIdentity.class)
    static class DemoIdentityOnly {
    }
}
