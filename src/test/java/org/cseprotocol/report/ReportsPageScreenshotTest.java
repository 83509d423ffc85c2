package org.cseprotocol.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.cseprotocol.record.CaseRecording;
import org.cseprotocol.record.CseRecordService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes {@code docs/reports-figures.png}: the figures page showing the {@link KnownCases} of March 2026, served on
 * port 18086 and opened in headless Chromium. A test filter adds the HTTP basic credentials of a fictional MASH
 * manager to each API request, as a browser does after its login prompt. Run it on purpose with
 * {@code mvn test -Dtest=ReportsPageScreenshotTest -Dscreenshot=true}; it needs {@code /usr/bin/chromium}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
    "server.port=18086", "server.address=127.0.0.1",
    "spring.datasource.url=jdbc:h2:mem:cse-screenshot;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshot", matches = "true")
class ReportsPageScreenshotTest {

    static final String USER = "figures.viewer";
    static final String PASSWORD = "Fictional-password-2";
    static final Path SCREENSHOT = Path.of("docs", "reports-figures.png");

    @Autowired
    private ProcessEngine engine;
    @Autowired
    private IdentityService identityService;
    @Autowired
    private CaseRecording recording;
    @Autowired
    private CseRecordService records;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void figuresPageShowsTheKnownFigures() throws IOException, InterruptedException {
        new KnownCases(engine, recording, records).create();
        createViewer();
        Path profile = Files.createTempDirectory("chromium-profile");
        Files.deleteIfExists(SCREENSHOT);

        ProcessBuilder browser = new ProcessBuilder("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--hide-scrollbars", "--lang=en-GB",
                "--virtual-time-budget=10000",
                "--screenshot=" + SCREENSHOT.toAbsolutePath(), "--window-size=1400,1000",
                "http://127.0.0.1:18086/reports/index.html?from=2026-03-01&to=2026-03-31")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process chromium = browser.start();
        boolean finished = chromium.waitFor(120, TimeUnit.SECONDS);
        chromium.destroy();
        FileSystemUtils.deleteRecursively(profile);

        assertThat(finished).as("Chromium finished within 120 seconds").isTrue();
        assertThat(SCREENSHOT).isRegularFile();
        assertThat(Files.size(SCREENSHOT)).isGreaterThan(20_000);
    }

    private void createViewer() {
        User user = identityService.newUser(USER);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        if (identityService.createGroupQuery().groupId("mash-manager").count() == 0) {
            identityService.saveGroup(identityService.newGroup("mash-manager"));
        }
        identityService.createMembership(USER, "mash-manager");
    }

    /** Adds the viewer's credentials to every API request before the authentication filter reads them. */
    @TestConfiguration
    static class LoggedInBrowser {

        @Bean
        FilterRegistrationBean<OncePerRequestFilter> loggedInBrowser() {
            FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                    new OncePerRequestFilter() {
                        @Override
                        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                FilterChain chain) throws ServletException, IOException {
                            chain.doFilter(new WithCredentials(request), response);
                        }
                    });
            registration.addUrlPatterns("/api/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    private static final class WithCredentials extends HttpServletRequestWrapper {

        private final String authorization = "Basic " + Base64.getEncoder()
                .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        WithCredentials(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? authorization : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? Collections.enumeration(List.of(authorization))
                    : super.getHeaders(name);
        }
    }
}
