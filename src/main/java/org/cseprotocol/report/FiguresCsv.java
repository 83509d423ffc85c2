package org.cseprotocol.report;

import java.util.Map;

import org.cseprotocol.report.Figures.DeadlineRow;

/**
 * Writes the figures as CSV in long form, one count per row, so that a spreadsheet can filter and pivot them:
 * {@code from,to,figure,category,agency,count}. Every row carries the period, so files of several periods can be
 * joined. Categories are codes, which contain no commas or quotes.
 */
final class FiguresCsv {

    static final String HEADER = "from,to,figure,category,agency,count";

    private FiguresCsv() {
    }

    static String write(Figures figures) {
        Rows rows = new Rows(figures.from() + "," + figures.to());
        rows.add("referrals", "TOTAL", figures.referrals().total());
        rows.addAll("referralsBySource", figures.referrals().bySource());
        rows.addAll("referralsByReferrerAgency", figures.referrals().byReferrerAgency());
        rows.addAll("referralsByRagRating", figures.referrals().byRagRating());
        rows.addAll("exploitationTypes", figures.exploitationTypes());
        rows.add("missing", "EPISODES", figures.missing().episodes());
        rows.add("missing", "CHILDREN_WITH_EPISODES", figures.missing().childrenWithEpisodes());
        rows.add("missing", "REFERRALS_CURRENTLY_MISSING", figures.missing().referralsCurrentlyMissing());
        rows.add("missing", "REFERRALS_GOING_MISSING", figures.missing().referralsGoingMissing());
        rows.add("missing", "REFERRALS_MISSING_EDUCATION", figures.missing().referralsMissingEducation());
        rows.addAll("policeCategories", figures.policeCategories());
        rows.addAll("outcomes", figures.outcomes());
        rows.addAll("stepDowns", figures.stepDowns());
        for (DeadlineRow row : figures.deadlines()) {
            rows.addDeadline(row);
        }
        for (DeadlineRow row : figures.deadlinesByAgency()) {
            rows.addDeadline(row);
        }
        rows.add("record", "ADDED", figures.record().added());
        rows.add("record", "CLOSED", figures.record().closed());
        rows.add("record", "OPEN_AT_END", figures.record().openAtEnd());
        rows.addAll("recordOpenAtEndByReason", figures.record().openAtEndByReason());
        return rows.text.toString();
    }

    private static final class Rows {

        private final StringBuilder text = new StringBuilder(HEADER).append("\r\n");
        private final String period;

        Rows(String period) {
            this.period = period;
        }

        void add(String figure, String category, long count) {
            add(figure, category, "", count);
        }

        void add(String figure, String category, String agency, long count) {
            text.append(period).append(',').append(figure).append(',').append(category).append(',').append(agency)
                    .append(',').append(count).append("\r\n");
        }

        void addAll(String figure, Map<String, Long> counts) {
            counts.forEach((category, count) -> add(figure, category, count));
        }

        void addDeadline(DeadlineRow row) {
            add("deadlinesMet", row.step(), row.agency(), row.met());
            add("deadlinesMissed", row.step(), row.agency(), row.missed());
            add("deadlinesOpen", row.step(), row.agency(), row.open());
        }
    }
}
