package org.cseprotocol.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures for the MASE panel and the safeguarding board's CSE sub-group, for one period. Referral figures count
 * the {@code cse-referral} cases received in the period; deadlines count the tasks due in the period; missing
 * episodes and record figures come from the central CSE record.
 */
record Figures(LocalDate from, LocalDate to, Instant generatedAt, Referrals referrals,
        Map<String, Long> exploitationTypes, Missing missing, Map<String, Long> policeCategories,
        Map<String, Long> outcomes, Map<String, Long> stepDowns, List<DeadlineRow> deadlines,
        List<DeadlineRow> deadlinesByAgency, RecordCounts record) {

    /** Referrals received: in total, by source (CAF, Merlin, open case), by referring agency and by RAG rating. */
    record Referrals(long total, Map<String, Long> bySource, Map<String, Long> byReferrerAgency,
            Map<String, Long> byRagRating) {
    }

    /**
     * Missing children: episodes on the record that started in the period and the children they concern, and the
     * referrals that reported the child missing, going missing or missing from education.
     */
    record Missing(long episodes, long childrenWithEpisodes, long referralsCurrentlyMissing,
            long referralsGoingMissing, long referralsMissingEducation) {
    }

    /**
     * Deadlines of one step (task key, or {@code ALL}) and agency: met on time, missed (finished late, or still
     * open after the due date), and still open before the due date.
     */
    record DeadlineRow(String step, String agency, long met, long missed, long open) {
    }

    /** The central CSE record: children added and closed in the period, and those open at its end, by reason. */
    record RecordCounts(long added, long closed, long openAtEnd, Map<String, Long> openAtEndByReason) {
    }
}
