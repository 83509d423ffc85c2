package org.cseprotocol.report;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.cseprotocol.record.CodeLists;
import org.cseprotocol.record.JsonLists;

/** Counts the referral figures from the variables of the cases received in a period. */
final class ReferralCounts {

    static final String NOT_RECORDED = "NOT_RECORDED";
    static final String NOT_CATEGORISED = "NOT_CATEGORISED";

    final Counts bySource = new Counts(CodeLists.SOURCES);
    final Counts byAgency = new Counts(CodeLists.AGENCIES);
    final Counts byRag = new Counts(CodeLists.RAG_RATINGS);
    final Counts exploitationTypes = new Counts(CodeLists.EXPLOITATION_TYPES);
    final Counts policeCategories = new Counts(List.of("1", "2", "3", NOT_CATEGORISED));
    final Counts outcomes = new Counts(CodeLists.OUTCOMES);
    final Counts stepDowns = new Counts(CodeLists.STEP_DOWN_SERVICES);
    long total;
    long currentlyMissing;
    long goingMissing;
    long missingEducation;

    static ReferralCounts of(Collection<Map<String, Object>> cases) {
        ReferralCounts counts = new ReferralCounts();
        cases.forEach(counts::add);
        return counts;
    }

    private void add(Map<String, Object> variables) {
        total++;
        bySource.add(text(variables.get("referralSource")));
        byAgency.add(text(variables.get("referrerAgency")));
        byRag.add(text(variables.get("ragRating")));
        exploitationTypes.addAll(JsonLists.strings(variables.get("exploitationTypes")));
        policeCategories.add(category(variables.get("policeCategory")));
        List<String> caseOutcomes = JsonLists.strings(variables.get("outcomes"));
        outcomes.addAll(caseOutcomes);
        // The step-down table proposes stepDownTo before the outcome is decided, so only a decided step-down counts.
        if (caseOutcomes.contains("STEP_DOWN")) {
            Object service = variables.get("stepDownTo");
            stepDowns.add(service == null || "NONE".equals(service) ? NOT_RECORDED : service.toString());
        }
        List<String> indicators = JsonLists.strings(variables.get("indicators"));
        currentlyMissing += Boolean.TRUE.equals(variables.get("currentlyMissing")) ? 1 : 0;
        goingMissing += indicators.contains("GOING_MISSING") ? 1 : 0;
        missingEducation += indicators.contains("MISSING_EDUCATION") ? 1 : 0;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? NOT_RECORDED : value.toString();
    }

    private static String category(Object value) {
        if (value instanceof Number number) {
            return String.valueOf(number.intValue());
        }
        return value == null || value.toString().isBlank() ? NOT_CATEGORISED : value.toString().trim();
    }
}
