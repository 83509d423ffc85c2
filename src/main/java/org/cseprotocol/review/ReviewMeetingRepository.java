package org.cseprotocol.review;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Keeps the minutes of each operational CSE meeting in {@code cse_review_meeting}. */
@Repository
class ReviewMeetingRepository {

    private final NamedParameterJdbcTemplate jdbc;

    ReviewMeetingRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ReviewMeeting meeting) {
        jdbc.update("INSERT INTO cse_review_meeting (process_instance_id, review_key, meeting_date, attendees,"
                + " minutes, children_discussed, recorded_by, recorded_at) VALUES (:process, :key, :date,"
                + " :attendees, :minutes, :children, :by, :at)",
                new MapSqlParameterSource("process", meeting.processInstanceId())
                        .addValue("key", meeting.reviewKey()).addValue("date", meeting.meetingDate())
                        .addValue("attendees", meeting.attendees()).addValue("minutes", meeting.minutes())
                        .addValue("children", meeting.childrenDiscussed()).addValue("by", meeting.recordedBy())
                        .addValue("at", meeting.recordedAt()));
    }

    /** The minutes of one meeting. */
    record ReviewMeeting(String processInstanceId, String reviewKey, OffsetDateTime meetingDate, String attendees,
            String minutes, int childrenDiscussed, String recordedBy, OffsetDateTime recordedAt) {
    }
}
