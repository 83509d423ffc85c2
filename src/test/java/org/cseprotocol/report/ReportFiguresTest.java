package org.cseprotocol.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.cseprotocol.record.CaseRecording;
import org.cseprotocol.record.CseRecordService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Checks the figures of {@link KnownCases} for March 2026 and April 2026, as JSON and CSV, and who may read them.
 * The API is called without the authentication filter; the test sets the authenticated user and groups itself,
 * as the filter does from HTTP basic credentials.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:cse-reports-${random.uuid};DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFiguresTest {

    static final String MARCH = "/api/reports/figures?from=2026-03-01&to=2026-03-31";

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private ProcessEngine engine;
    @Autowired
    private IdentityService identityService;
    @Autowired
    private CaseRecording recording;
    @Autowired
    private CseRecordService records;

    private MockMvc api;

    @BeforeAll
    void createKnownCases() {
        new KnownCases(engine, recording, records).create();
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @BeforeEach
    void logInAsMashManager() {
        api = MockMvcBuilders.webAppContextSetup(context).build();
        ClockUtil.setCurrentTime(Date.from(KnownCases.REPORT_TIME));
        identityService.setAuthentication("mash.manager", List.of("mash-manager"));
    }

    @AfterEach
    void logOut() {
        identityService.clearAuthentication();
    }

    @Test
    void marchReferralFigures() throws Exception {
        api.perform(get(MARCH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-03-01"))
                .andExpect(jsonPath("$.referrals.total").value(3))
                .andExpect(jsonPath("$.referrals.bySource.CAF").value(1))
                .andExpect(jsonPath("$.referrals.bySource.MERLIN").value(1))
                .andExpect(jsonPath("$.referrals.bySource.OPEN_CASE").value(1))
                .andExpect(jsonPath("$.referrals.byReferrerAgency.EDUCATION").value(1))
                .andExpect(jsonPath("$.referrals.byReferrerAgency.HEALTH").value(0))
                .andExpect(jsonPath("$.referrals.byRagRating.RED").value(1))
                .andExpect(jsonPath("$.referrals.byRagRating.GREEN").value(1))
                .andExpect(jsonPath("$.exploitationTypes.BOYFRIEND_MODEL").value(2))
                .andExpect(jsonPath("$.exploitationTypes.ONLINE").value(1))
                .andExpect(jsonPath("$.exploitationTypes.PEER_ON_PEER").value(1))
                .andExpect(jsonPath("$.exploitationTypes.FAMILIAL").value(0))
                .andExpect(jsonPath("$.policeCategories.1").value(1))
                .andExpect(jsonPath("$.policeCategories.2").value(1))
                .andExpect(jsonPath("$.policeCategories.3").value(0))
                .andExpect(jsonPath("$.policeCategories.NOT_CATEGORISED").value(1))
                .andExpect(jsonPath("$.outcomes.CHILD_PROTECTION_CONFERENCE").value(1))
                .andExpect(jsonPath("$.outcomes.CHILD_IN_NEED_PLAN").value(1))
                .andExpect(jsonPath("$.outcomes.STEP_DOWN").value(1))
                .andExpect(jsonPath("$.outcomes.SIGNPOST").value(0))
                .andExpect(jsonPath("$.stepDowns.EARLY_HELP").value(1))
                .andExpect(jsonPath("$.stepDowns.SPECIALIST_FAMILY_FOCUS").value(0));
    }

    @Test
    void marchMissingAndRecordFigures() throws Exception {
        api.perform(get(MARCH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.missing.episodes").value(3))
                .andExpect(jsonPath("$.missing.childrenWithEpisodes").value(2))
                .andExpect(jsonPath("$.missing.referralsCurrentlyMissing").value(1))
                .andExpect(jsonPath("$.missing.referralsGoingMissing").value(1))
                .andExpect(jsonPath("$.missing.referralsMissingEducation").value(1))
                .andExpect(jsonPath("$.record.added").value(2))
                .andExpect(jsonPath("$.record.closed").value(2))
                .andExpect(jsonPath("$.record.openAtEnd").value(2))
                .andExpect(jsonPath("$.record.openAtEndByReason.REFERRAL").value(1))
                .andExpect(jsonPath("$.record.openAtEndByReason.LAC_OUT_OF_BOROUGH").value(1))
                .andExpect(jsonPath("$.record.openAtEndByReason.CP_PLAN").value(0));
    }

    @Test
    void marchDeadlinesByStepAndAgency() throws Exception {
        api.perform(get(MARCH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines.length()").value(4))
                .andExpect(deadline(0, "createCris", "POLICE", 0, 2, 0))
                .andExpect(deadline(1, "shareInformation", "EDUCATION", 0, 1, 0))
                .andExpect(deadline(2, "shareInformation", "HEALTH", 1, 1, 0))
                .andExpect(deadline(3, "triageReferral", "SOCIAL_CARE", 2, 0, 0))
                .andExpect(jsonPath("$.deadlinesByAgency[?(@.agency == 'POLICE')].missed").value(2))
                .andExpect(jsonPath("$.deadlinesByAgency[?(@.agency == 'HEALTH')].met").value(1))
                .andExpect(jsonPath("$.deadlinesByAgency[?(@.agency == 'SOCIAL_CARE')].met").value(2));
    }

    @Test
    void aprilCountsLondonMidnightCase() throws Exception {
        api.perform(get("/api/reports/figures?from=2026-04-01&to=2026-04-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referrals.total").value(1))
                .andExpect(jsonPath("$.exploitationTypes.FAMILIAL").value(1))
                .andExpect(jsonPath("$.deadlines.length()").value(1))
                .andExpect(deadline(0, "triageReferral", "SOCIAL_CARE", 0, 1, 1))
                .andExpect(jsonPath("$.record.added").value(1))
                .andExpect(jsonPath("$.record.openAtEnd").value(3));
    }

    @Test
    void csvHasOneCountPerRow() throws Exception {
        String csv = api.perform(get(MARCH + "&format=csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"cse-figures-2026-03-01-to-2026-03-31.csv\""))
                .andReturn().getResponse().getContentAsString();

        assertThat(csv.split("\r\n")[0]).isEqualTo(FiguresCsv.HEADER);
        assertThat(csv.split("\r\n")).contains(
                "2026-03-01,2026-03-31,referrals,TOTAL,,3",
                "2026-03-01,2026-03-31,referralsBySource,MERLIN,,1",
                "2026-03-01,2026-03-31,exploitationTypes,BOYFRIEND_MODEL,,2",
                "2026-03-01,2026-03-31,missing,EPISODES,,3",
                "2026-03-01,2026-03-31,policeCategories,NOT_CATEGORISED,,1",
                "2026-03-01,2026-03-31,stepDowns,EARLY_HELP,,1",
                "2026-03-01,2026-03-31,deadlinesMissed,createCris,POLICE,2",
                "2026-03-01,2026-03-31,deadlinesMet,shareInformation,HEALTH,1",
                "2026-03-01,2026-03-31,deadlinesMet,ALL,SOCIAL_CARE,2",
                "2026-03-01,2026-03-31,record,OPEN_AT_END,,2");
    }

    @Test
    void csvIsChosenByTheAcceptHeader() throws Exception {
        api.perform(get(MARCH).header("Accept", "text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"));
    }

    @Test
    void readerWithoutGroupIsRejected() throws Exception {
        identityService.setAuthentication("partner.health", List.of("partner-health"));

        api.perform(get(MARCH))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("partner.health")));
    }

    @Test
    void anonymousRequestIsRejected() throws Exception {
        identityService.clearAuthentication();

        api.perform(get(MARCH))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"cse\""));
    }

    @Test
    void everyReportingGroupMayRead() throws Exception {
        for (String group : List.of("mash-cse-lead", "mash-manager", "camunda-admin")) {
            identityService.setAuthentication("someone", List.of("social-worker", group));

            api.perform(get(MARCH)).andExpect(status().isOk());
        }
    }

    @Test
    void invalidPeriodIsRejected() throws Exception {
        api.perform(get("/api/reports/figures?from=2026-04-01&to=2026-03-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Invalid period: from 2026-04-01 is after to 2026-03-01"));
        api.perform(get("/api/reports/figures?from=1%20March")).andExpect(status().isBadRequest());
        api.perform(get(MARCH + "&format=pdf")).andExpect(status().isBadRequest());
    }

    private static ResultMatcher deadline(int index, String step, String agency, int met, int missed, int open) {
        String row = "$.deadlines[" + index + "]";
        return ResultMatcher.matchAll(
                jsonPath(row + ".step").value(step), jsonPath(row + ".agency").value(agency),
                jsonPath(row + ".met").value(met), jsonPath(row + ".missed").value(missed),
                jsonPath(row + ".open").value(open));
    }
}
