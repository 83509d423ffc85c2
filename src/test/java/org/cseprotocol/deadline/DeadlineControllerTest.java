package org.cseprotocol.deadline;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Calls {@code GET /api/deadlines} through Spring MVC without an application context, so the test depends on no
 * filter that protects {@code /api}.
 */
class DeadlineControllerTest {

    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new DeadlineController(WorkingCalendarTest.calendarWith(new WorkingHoursProperties())))
            .build();

    @Test
    void workingHoursFromFridayAfternoon() throws Exception {
        mvc.perform(get("/api/deadlines").param("from", "2026-03-06T15:00:00Z").param("workingHours", "4"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.from").value("2026-03-06T15:00:00Z"))
                .andExpect(jsonPath("$.workingHours").value(4))
                .andExpect(jsonPath("$.workingDays").doesNotExist())
                .andExpect(jsonPath("$.deadline").value("2026-03-09T11:00:00Z"))
                .andExpect(jsonPath("$.localDeadline").value("2026-03-09T11:00:00Z"))
                .andExpect(jsonPath("$.zone").value("Europe/London"));
    }

    @Test
    void workingDaysInSummerTime() throws Exception {
        mvc.perform(get("/api/deadlines").param("from", "2026-06-01T10:00:00+01:00").param("workingDays", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-06-01T09:00:00Z"))
                .andExpect(jsonPath("$.workingDays").value(1))
                .andExpect(jsonPath("$.workingHours").doesNotExist())
                .andExpect(jsonPath("$.deadline").value("2026-06-02T16:00:00Z"))
                .andExpect(jsonPath("$.localDeadline").value("2026-06-02T17:00:00+01:00"));
    }

    @ParameterizedTest(name = "from={0} workingHours={1} workingDays={2}")
    @CsvSource(nullValues = "NONE", value = {
        "NONE, 4, NONE, from, Parameter 'from' is missing",
        "2026-03-06, 4, NONE, from, Parameter 'from' is invalid: '2026-03-06'",
        "2026-03-06T15:00:00, 4, NONE, from, is not an ISO-8601 instant with an offset",
        "2026-03-06T15:00:00Z, NONE, NONE, workingHours, 'workingHours' or 'workingDays' is missing",
        "2026-03-06T15:00:00Z, 4, 1, workingDays, were both given",
        "2026-03-06T15:00:00Z, -1, NONE, workingHours, -1 is not between 0 and 2000",
        "2026-03-06T15:00:00Z, 2001, NONE, workingHours, 2001 is not between 0 and 2000",
        "2026-03-06T15:00:00Z, NONE, 261, workingDays, 261 is not between 0 and 260",
        "2026-03-06T15:00:00Z, four, NONE, workingHours, 'four' is not a whole number",
        "2026-03-06T15:00:00Z, 4.5, NONE, workingHours, '4.5' is not a whole number",
    })
    void invalidRequestGetsProblemDetail(String from, String workingHours, String workingDays, String parameter,
            String message) throws Exception {
        var request = get("/api/deadlines");
        if (from != null) {
            request.param("from", from);
        }
        if (workingHours != null) {
            request.param("workingHours", workingHours);
        }
        if (workingDays != null) {
            request.param("workingDays", workingDays);
        }

        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Invalid deadline request"))
                .andExpect(jsonPath("$.detail", containsString(message)))
                .andExpect(jsonPath("$.errors[0].parameter").value(parameter))
                .andExpect(jsonPath("$.errors[0].message", containsString(message)));
    }

    @Test
    void listsEveryInvalidParameter() throws Exception {
        mvc.perform(get("/api/deadlines").param("from", "yesterday").param("workingHours", "-3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].parameter").value("from"))
                .andExpect(jsonPath("$.errors[1].parameter").value("workingHours"));
    }
}
