package org.cseprotocol.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A missing episode of a child on the record.
 *
 * @param sourceReference what reported it; an episode with the same source is recorded once
 */
public record MissingEpisode(long recordId, LocalDate startedOn, LocalDate endedOn, String sourceReference,
        String notes, String recordedBy, OffsetDateTime recordedAt) {
}
