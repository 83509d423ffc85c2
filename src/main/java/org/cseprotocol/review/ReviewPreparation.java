package org.cseprotocol.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.cseprotocol.record.CseRecordEntry;
import org.cseprotocol.record.CseRecordService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Prepares a monthly review: sets the meeting date ({@code meetingDate}, from the start form or the schedule),
 * when updates are due ({@code updatesDue}), both also as text for the forms ({@code meetingLabel},
 * {@code updatesDueLabel}, London time), the business key {@code CSE-REVIEW-<meeting day>}, and
 * {@code reviewWorkers}, the allocated social workers of the children open on the record, each once.
 */
@Component("reviewPreparation")
class ReviewPreparation implements JavaDelegate {

    static final String MEETING_DATE = "meetingDate";
    static final String UPDATES_DUE = "updatesDue";
    static final String WORKERS = "reviewWorkers";
    static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

    private static final Logger LOG = LoggerFactory.getLogger(ReviewPreparation.class);

    private final ReviewSchedule schedule;
    private final CseRecordService records;

    ReviewPreparation(ReviewSchedule schedule, CseRecordService records) {
        this.schedule = schedule;
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        ZonedDateTime meeting = meeting(execution.getVariable(MEETING_DATE), now);
        Instant updatesDue = schedule.updatesDue(meeting.toLocalDate());
        if (!updatesDue.isAfter(now)) {
            // A meeting called at short notice: the social workers may update until it starts.
            updatesDue = meeting.toInstant();
        }
        TreeSet<String> workers = new TreeSet<>(records.entries(true).stream()
                .map(CseRecordEntry::allocatedWorker).filter(Objects::nonNull).toList());

        execution.setVariable(MEETING_DATE, Date.from(meeting.toInstant()));
        execution.setVariable(UPDATES_DUE, Date.from(updatesDue));
        execution.setVariable(WORKERS, ReviewLists.json(workers));
        execution.setVariable("meetingLabel", LABEL.format(meeting));
        execution.setVariable("updatesDueLabel", LABEL.format(updatesDue.atZone(schedule.zone())));
        execution.setProcessBusinessKey("CSE-REVIEW-" + meeting.toLocalDate());
        LOG.info("Operational CSE review for the meeting of {} started: {} social workers asked for updates",
                meeting.toLocalDate(), workers.size());
    }

    private ZonedDateTime meeting(Object requested, Instant now) {
        if (requested == null || requested instanceof String text && text.isBlank()) {
            return schedule.nextMeeting(now);
        }
        ZonedDateTime meeting = schedule.meetingOn(day(requested));
        if (meeting.toInstant().isBefore(now)) {
            throw new ProcessEngineException("Invalid meetingDate " + meeting.toLocalDate()
                    + ": the meeting must not be in the past. Leave it empty for the next scheduled meeting.");
        }
        return meeting;
    }

    private LocalDate day(Object requested) {
        if (requested instanceof Date date) {
            return date.toInstant().atZone(schedule.zone()).toLocalDate();
        }
        String text = requested.toString().trim();
        try {
            return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (DateTimeParseException e) {
            throw new ProcessEngineException("Invalid meetingDate '" + text + "': expected a date such as 2026-03-10",
                    e);
        }
    }
}
