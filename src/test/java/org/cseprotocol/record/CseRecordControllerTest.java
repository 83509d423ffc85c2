package org.cseprotocol.record;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The record API as the CSE lead uses it. Most tests call it without the authentication filter and set the user
 * and groups themselves, as the filter does. One test goes through the filter with HTTP basic credentials.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CseRecordControllerTest {

    static final String CHILD = """
            {"firstName": "Robin", "lastName": "Apitest", "dateOfBirth": "2012-02-02", "reason": "CIN_PLAN",
             "openToSocialCare": true, "allocatedWorker": "social.worker", "currentRag": "AMBER"}""";

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private MockMvc filtered;
    @Autowired
    private IdentityService identityService;
    @Autowired
    private JdbcTemplate jdbc;

    private MockMvc api;

    @BeforeEach
    void logInAsCseLead() {
        for (String table : List.of("cse_record_event", "cse_missing_episode", "cse_record_reason", "cse_record")) {
            jdbc.update("DELETE FROM " + table);
        }
        api = MockMvcBuilders.webAppContextSetup(context).build();
        identityService.setAuthentication("cse.lead", List.of("mash-cse-lead"));
    }

    @AfterEach
    void logOut() {
        identityService.clearAuthentication();
    }

    @Test
    void cseLeadAddsAChildOnce() throws Exception {
        long id = add();

        send(post("/api/cse-record"), CHILD.replace("CIN_PLAN", "CP_PLAN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.reasons.length()").value(2));
        api.perform(get("/api/cse-record"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].currentRag").value("AMBER"))
                .andExpect(jsonPath("$[0].allocatedWorker").value("social.worker"));
    }

    @Test
    void childOpenToNeitherIsRejected() throws Exception {
        send(post("/api/cse-record"), CHILD.replace("\"openToSocialCare\": true, \"allocatedWorker\": "
                + "\"social.worker\", ", ""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("open to neither social care")));
    }

    @Test
    void updateIsKeptInHistory() throws Exception {
        long id = add();

        send(patch("/api/cse-record/" + id), """
                {"currentRag": "RED", "venues": "Fictional takeaway, Example Road", "travelCard": "0000 0000 0000",
                 "note": "New venue named by the school"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentRag").value("RED"))
                .andExpect(jsonPath("$.travelCard").value("0000 0000 0000"))
                .andExpect(jsonPath("$.history[-1].type").value("UPDATED"))
                .andExpect(jsonPath("$.history[-1].actor").value("cse.lead"))
                .andExpect(jsonPath("$.history[-1].reason").value("New venue named by the school"))
                .andExpect(jsonPath("$.history[-1].changes.currentRag.from").value("AMBER"))
                .andExpect(jsonPath("$.history[-1].changes.currentRag.to").value("RED"));
    }

    @Test
    void invalidUpdateNamesEveryProblem() throws Exception {
        long id = add();

        send(patch("/api/cse-record/" + id), "{\"currentRag\": \"PURPLE\", \"policeCategory\": 4, \"colour\": 1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("currentRag 'PURPLE'")))
                .andExpect(jsonPath("$.detail").value(containsString("policeCategory '4'")))
                .andExpect(jsonPath("$.detail").value(containsString("unknown field 'colour'")));
    }

    @Test
    void closingKeepsEntryAndHistory() throws Exception {
        long id = add();

        send(post("/api/cse-record/" + id + "/close"), "{\"reason\": \"All CSE concerns have ended\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closeReason").value("All CSE concerns have ended"))
                .andExpect(jsonPath("$.history[-1].type").value("CLOSED"));
        api.perform(get("/api/cse-record?status=closed")).andExpect(jsonPath("$.length()").value(1));
        api.perform(get("/api/cse-record")).andExpect(jsonPath("$.length()").value(0));
        send(post("/api/cse-record/" + id + "/close"), "{\"reason\": \"Again\"}").andExpect(status().isConflict());
        send(post("/api/cse-record/" + id + "/reopen"), "{\"reason\": \"Closed by mistake\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.history[-2].type").value("CLOSED"))
                .andExpect(jsonPath("$.history[-1].type").value("REOPENED"));
    }

    @Test
    void closingNeedsAReason() throws Exception {
        long id = add();

        send(post("/api/cse-record/" + id + "/close"), "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Missing reason")));
    }

    @Test
    void missingEpisodeIsAdded() throws Exception {
        long id = add();

        send(post("/api/cse-record/" + id + "/missing-episodes"),
                "{\"startedOn\": \"2026-02-14\", \"endedOn\": \"2026-02-15\", \"notes\": \"Found by police\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.missingEpisodes[0].startedOn").value("2026-02-14"))
                .andExpect(jsonPath("$.missingEpisodes[0].endedOn").value("2026-02-15"));
    }

    @Test
    void unknownEntryIsNotFound() throws Exception {
        api.perform(get("/api/cse-record/999999")).andExpect(status().isNotFound());
    }

    @Test
    void mashManagerOnlyReads() throws Exception {
        long id = add();
        identityService.setAuthentication("mash.manager", List.of("mash-manager"));

        api.perform(get("/api/cse-record/" + id)).andExpect(status().isOk());
        send(patch("/api/cse-record/" + id), "{\"currentRag\": \"RED\"}").andExpect(status().isForbidden());
    }

    @Test
    void otherCallersAreRejected() throws Exception {
        identityService.setAuthentication("social.worker", List.of("social-worker"));
        api.perform(get("/api/cse-record")).andExpect(status().isForbidden());

        identityService.clearAuthentication();
        api.perform(get("/api/cse-record"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"cse\""));
    }

    @Test
    void basicCredentialsPassFilter() throws Exception {
        identityService.clearAuthentication();
        createUser("record.lead", "mash-cse-lead");
        createUser("record.partner", "partner-health");

        filtered.perform(get("/api/cse-record").with(request -> basic(request, "record.lead")))
                .andExpect(status().isOk());
        filtered.perform(get("/api/cse-record").with(request -> basic(request, "record.partner")))
                .andExpect(status().isForbidden());
        filtered.perform(get("/api/cse-record")).andExpect(status().isUnauthorized());
    }

    private long add() throws Exception {
        String body = send(post("/api/cse-record"), CHILD)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reasons[0]").value("CIN_PLAN"))
                .andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1"));
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
        return api.perform(request.contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private void createUser(String id, String group) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identityService.newUser(id);
        user.setPassword("Fictional-password-1");
        identityService.saveUser(user);
        if (identityService.createGroupQuery().groupId(group).count() == 0) {
            identityService.saveGroup(identityService.newGroup(group));
        }
        identityService.createMembership(id, group);
    }

    private static MockHttpServletRequest basic(MockHttpServletRequest request, String user) {
        String credentials = Base64.getEncoder()
                .encodeToString((user + ":Fictional-password-1").getBytes(StandardCharsets.UTF_8));
        request.addHeader("Authorization", "Basic " + credentials);
        return request;
    }
}
