package org.cseprotocol.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cseprotocol.forms.CaseApi.typed;
import static org.cseprotocol.forms.CaseApi.untyped;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cseprotocol.testing.RegisteredEngineExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * Works a new case in Tasklist in headless Chromium: the duty manager triages it, REST calls take it through the
 * police, partner, threshold, allocation and strategy meeting tasks, and the social worker completes the screening
 * tool and requests the SIPPS worksheet. Screenshots of both forms go to {@code target/screenshots}, or to the
 * folder in system property {@code screenshot.dir} ({@code -Dscreenshot.dir=docs} refreshes the README's).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(RegisteredEngineExtension.class)
class TasklistBrowserTest {

    private static final String PASSWORD = "demo";
    private static final int HEALTH = 2;
    /** The grade chosen for each of the eleven categories, in the form's order. */
    private static final List<Integer> GRADES = List.of(2, 3, 1, 2, 1, 3, 2, 2, 1, 4, 3);

    private static Path profile;
    private static ChromeDriver driver;

    /** Keeps the page and a screenshot of a failed run in {@code target/browser-failure} for diagnosis. */
    @RegisterExtension
    static final TestWatcher FAILURE_REPORT = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (driver != null) {
                TasklistPage.saveDiagnostics(driver, Path.of("target/browser-failure"));
            }
        }
    };

    @LocalServerPort
    private int port;
    @Autowired
    private TestRestTemplate rest;

    @BeforeAll
    static void startChromium() throws IOException {
        if (HeadlessChromium.isInstalled()) {
            profile = HeadlessChromium.newProfile();
            driver = HeadlessChromium.start(profile, 1400, 1000);
        }
    }

    /** Skips each test, so that the report lists it as skipped, when Chromium is missing. */
    @BeforeEach
    void requireChromium() {
        HeadlessChromium.assumeInstalled();
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    @Test
    void triageAndScreeningToolMoveCaseOn() throws IOException {
        CaseApi api = new CaseApi(rest);
        TasklistPage tasklist = new TasklistPage(driver, port);
        Map<String, Object> receipt = api.submitReferral();
        String referralId = (String) receipt.get("referralId");
        String instanceId = (String) receipt.get("processInstanceId");
        Map<String, Map<String, Object>> proposal = api.variables(instanceId);

        tasklist.logIn("duty.manager", PASSWORD);
        tasklist.openTask(api.openTask(instanceId, "triageReferral"), "Field_ragRating");
        tasklist.claim();
        String triageForm = tasklist.formText();
        tasklist.choose("Field_partnerAgencies", HEALTH);
        tasklist.complete();

        assertThat(triageForm).contains("Case " + referralId, "Child: Jordan Sample, 15 years old",
                "Proposed RAG rating: " + lowerCase(proposal.get("ragRatingProposed").get("value")),
                (String) proposal.get("ragRatingReason").get("value"));
        api.openTask(instanceId, "createCris");
        assertThat(api.findTask(instanceId, "triageReferral")).isNull();
        assertThat(api.variables(instanceId).get("partnerAgencies"))
                .containsEntry("type", "Json").containsEntry("value", "[\"HEALTH\"]");

        completeTasksUpToScreeningTool(api, instanceId);
        String screeningId = api.openTask(instanceId, "completeScreeningTool");
        tasklist.logIn("social.worker", PASSWORD);
        String wishes = "Wants to stay at her school; typed in the browser test " + UUID.randomUUID();
        checkNoDraftStays(tasklist, screeningId, wishes);
        fillScreeningTool(tasklist, screeningId, wishes);
        tasklist.screenshotOfForm(screenshotDir().resolve("screening-tool.png"));
        tasklist.complete();

        String sippsId = api.openTask(instanceId, "completeSippsWorksheet");
        assertThat(api.findTask(instanceId, "completeScreeningTool")).isNull();
        Map<String, Map<String, Object>> variables = api.variables(instanceId);
        for (int category = 0; category < GRADES.size(); category++) {
            String grade = "screening" + FormValueTypes.SCREENING_CATEGORIES.get(category);
            assertThat(variables.get(grade)).as(grade)
                    .containsEntry("type", "Integer").containsEntry("value", GRADES.get(category));
        }
        assertThat(variables.get("youngPersonWishes")).containsEntry("value", wishes);
        assertThat(variables.get("sippsRequested")).containsEntry("type", "Boolean").containsEntry("value", true);

        tasklist.openTask(sippsId, "Field_sippsRiskMainConcern");
        tasklist.screenshotOfForm(screenshotDir().resolve("sipps-worksheet.png"));
        api.complete(instanceId, "completeSippsWorksheet", Map.of(
                "sippsRiskMainConcern", untyped("Grooming by an older man met after school."),
                "sippsRiskLikelihood", untyped("High without disruption."),
                "sippsManagementSafetyPlanning", untyped("Safety plan agreed with her and her mother.")));
        api.openTask(instanceId, "completeSingleAssessment");
    }

    /**
     * Types into the screening tool, saves a draft the way Tasklist does when a session expires, and leaves the
     * task: the browser must keep no draft and nothing typed, and the reopened form must start empty.
     */
    private static void checkNoDraftStays(TasklistPage tasklist, String screeningId, String wishes) {
        tasklist.openTask(screeningId, "Field_youngPersonWishes");
        tasklist.type("Field_youngPersonWishes", wishes);

        assertThat(tasklist.isSaveButtonShown()).as("Save button shown").isFalse();
        tasklist.saveDraftAnyway();
        tasklist.leaveTask();

        Map<String, String> storage = tasklist.localStorage();
        assertThat(storage.keySet()).noneMatch(key -> key.startsWith("camunda-form:") || key.startsWith("camForm:"));
        assertThat(storage.values()).noneMatch(value -> value.contains(wishes) || value.contains("Jordan"));
        tasklist.openTask(screeningId, "Field_youngPersonWishes");
        assertThat(tasklist.fieldValue("Field_youngPersonWishes")).isEmpty();
    }

    private static void fillScreeningTool(TasklistPage tasklist, String screeningId, String wishes) {
        tasklist.openTask(screeningId, "Field_screeningMissing");
        for (int category = 0; category < GRADES.size(); category++) {
            String field = "Field_screening" + FormValueTypes.SCREENING_CATEGORIES.get(category);
            tasklist.choose(field, GRADES.get(category) - 1);
        }
        tasklist.tick("Field_screeningRiskyAssociationsConcern");
        tasklist.type("Field_screeningRiskyAssociationsComment", "Seen with an older man and his friends.");
        tasklist.type("Field_youngPersonWishes", wishes);
        tasklist.type("Field_summaryConcerns", "Grooming by an older man; gifts and a phone.");
        tasklist.type("Field_summaryNextSteps", "Disruption by police; direct work on healthy relationships.");
        tasklist.type("Field_summaryWhoWillHelp", "Social worker weekly; school nurse on sexual health.");
        tasklist.type("Field_summaryTimescale", "Review in 4 weeks");
        tasklist.tick("Field_sippsRequested");
    }

    /** Completes, over REST, every task between triage and the screening tool, sending the date as Tasklist does. */
    private static void completeTasksUpToScreeningTool(CaseApi api, String instanceId) {
        api.complete(instanceId, "createCris", Map.of("crisReference", typed("CRIS-4402117", "String"),
                "crisIsNew", typed(true, "Boolean")));
        api.complete(instanceId, "categoriseRisk", Map.of("policeCategory", untyped(2)));
        api.complete(instanceId, "shareInformation", Map.of("sharedInformation",
                typed("Seen at the sexual health clinic last month.", "String")));
        api.complete(instanceId, "decideThreshold", Map.of("thresholdDecision", typed("SECTION_17", "String"),
                "thresholdOverrideReason", typed("Agreed with the MASH team.", "String")));
        api.complete(instanceId, "allocateSocialWorker", Map.of("allocatedSocialWorker",
                typed("social.worker", "String"), "practiceGroup", typed("Practice group 2", "String")));
        Map<String, Map<String, Object>> meeting = new LinkedHashMap<>();
        meeting.put("significantHarm", untyped(false));
        meeting.put("strategyMeetingDate", untyped(LocalDate.now(ZoneId.of("Europe/London")).toString()));
        meeting.put("meetingFormat", untyped("MEETING"));
        meeting.put("attendees", typed("[\"POLICE\",\"SCHOOL\",\"HEALTH\"]", "Json"));
        api.complete(instanceId, "holdStrategyMeeting", meeting);

        await().atMost(Duration.ofSeconds(10)).until(() -> api.findTask(instanceId, "completeScreeningTool") != null);
        assertThat(api.variables(instanceId).get("strategyMeetingDate")).containsEntry("type", "Date");
    }

    private static Path screenshotDir() {
        return Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
    }

    private static String lowerCase(Object code) {
        return code.toString().toLowerCase(Locale.ROOT);
    }
}
