package org.cseprotocol.record;

import java.util.List;
import java.util.Set;

/** An entry with its reasons, missing episodes and full history, as the CSE lead views it. */
public record RecordDetail(CseRecordEntry entry, Set<RecordReason> reasons, List<MissingEpisode> missingEpisodes,
        List<RecordEvent> events) {
}
