package org.cseprotocol.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.cseprotocol.deadline.WorkingCalendar;
import org.cseprotocol.report.Figures.DeadlineRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Puts together the figures of a period from Camunda's history and the central CSE record. */
@Service
class FiguresService {

    private static final Logger LOG = LoggerFactory.getLogger(FiguresService.class);

    private final ReferralHistory referrals;
    private final DeadlineHistory deadlines;
    private final RecordFigures record;
    private final ZoneId zone;

    FiguresService(ReferralHistory referrals, DeadlineHistory deadlines, RecordFigures record,
            WorkingCalendar calendar) {
        this.referrals = referrals;
        this.deadlines = deadlines;
        this.record = record;
        this.zone = calendar.zone();
    }

    LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
    }

    Figures figures(ReportPeriod period) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant start = period.start(zone);
        Instant end = period.end(zone);
        Map<String, Map<String, Object>> cases = referrals.casesReceived(start, end);
        ReferralCounts counts = ReferralCounts.of(cases.values());
        List<List<DeadlineRow>> deadlineRows = deadlines.deadlines(start, end, now);
        long[] missing = record.missingEpisodes(period);
        LOG.info("Figures computed for {} to {}: {} referrals", period.from(), period.to(), counts.total);
        return new Figures(period.from(), period.to(), now,
                new Figures.Referrals(counts.total, counts.bySource.toMap(), counts.byAgency.toMap(),
                        counts.byRag.toMap()),
                counts.exploitationTypes.toMap(),
                new Figures.Missing(missing[0], missing[1], counts.currentlyMissing, counts.goingMissing,
                        counts.missingEducation),
                counts.policeCategories.toMap(), counts.outcomes.toMap(), counts.stepDowns.toMap(),
                deadlineRows.get(0), deadlineRows.get(1), record.record(start, end));
    }
}
