package org.cseprotocol.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.cseprotocol.access.GroupAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Figures for the MASE panel and the safeguarding board for any period, as JSON or, with {@code format=csv} or
 * {@code Accept: text/csv}, as CSV. Without {@code from} and {@code to} the period is this month up to today.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    static final String WHAT = "the CSE figures";
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final FiguresService figures;
    private final GroupAccess access;
    private final ReportProperties properties;

    ReportController(FiguresService figures, GroupAccess access, ReportProperties properties) {
        this.figures = figures;
        this.access = access;
        this.properties = properties;
    }

    @GetMapping("/figures")
    ResponseEntity<?> figures(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        access.requireAnyOf(properties.groups(), WHAT);
        Figures result = figures.figures(ReportPeriod.of(from, to, figures.today()));
        if (wantsCsv(format, accept)) {
            String filename = "cse-figures-" + result.from() + "-to-" + result.to() + ".csv";
            return ResponseEntity.ok().contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                    .body(FiguresCsv.write(result));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result);
    }

    private static boolean wantsCsv(String format, String accept) {
        if (format != null) {
            return switch (format) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new IllegalArgumentException("Invalid format '" + format + "': expected json or csv");
            };
        }
        return accept != null && accept.contains("text/csv") && !accept.contains("application/json");
    }
}
