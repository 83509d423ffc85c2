package org.cseprotocol.decision;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Lists every case where a person disagreed with a decision table:
 * {@code GET /api/decision-overrides?decisionKey=cse-rag-rating&from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z}.
 * All parameters are optional; {@code from} is inclusive and {@code to} exclusive.
 */
@RestController
@RequestMapping("/api/decision-overrides")
class DecisionOverrideController {

    private final DecisionOverrideRepository repository;

    DecisionOverrideController(DecisionOverrideRepository repository) {
        this.repository = repository;
    }

    @GetMapping
    List<DecisionOverride> list(@RequestParam(required = false) String decisionKey,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
        if (decisionKey != null && CseDecision.byKey(decisionKey).isEmpty()) {
            throw new IllegalArgumentException("decisionKey '" + decisionKey + "' is not a decision. Use one of "
                    + Arrays.stream(CseDecision.values()).map(CseDecision::key).toList() + ".");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to.");
        }
        return repository.find(decisionKey, from, to);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalidQuery(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail invalidDateTime(MethodArgumentTypeMismatchException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getName()
                + " must be an ISO-8601 date-time with an offset, such as 2026-03-02T10:15:00Z.");
    }
}
