package org.cseprotocol.deadline;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cseprotocol.deadline.DeadlineQuery.InvalidDeadlineQueryException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Computes a deadline on the working calendar, so that a manager can check a due date and tests can check the
 * calendar from outside: {@code GET /api/deadlines?from=2026-03-06T15:00:00Z&workingHours=4}.
 */
@RestController
class DeadlineController {

    private final WorkingCalendar calendar;

    DeadlineController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/api/deadlines")
    DeadlineResponse deadline(@RequestParam(required = false) String from,
            @RequestParam(required = false) String workingHours,
            @RequestParam(required = false) String workingDays) {
        DeadlineQuery query = DeadlineQuery.parse(from, workingHours, workingDays);
        Instant deadline = query.workingHours() != null
                ? calendar.addWorkingHours(query.from(), query.workingHours())
                : calendar.addWorkingDays(query.from(), query.workingDays());
        return new DeadlineResponse(query.from().toString(), query.workingHours(), query.workingDays(),
                deadline.toString(), ISO_OFFSET_DATE_TIME.format(deadline.atZone(calendar.zone())),
                calendar.zone().getId());
    }

    @ExceptionHandler(InvalidDeadlineQueryException.class)
    ResponseEntity<ProblemDetail> invalidQuery(InvalidDeadlineQueryException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid deadline request");
        problem.setProperty("errors", e.errors());
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * Computed deadline. {@code deadline} is the instant in UTC, {@code localDeadline} the same instant as
     * wall-clock time with its offset in {@code zone}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeadlineResponse(String from, Integer workingHours, Integer workingDays, String deadline,
            String localDeadline, String zone) {
    }
}
