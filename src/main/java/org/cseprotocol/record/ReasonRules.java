package org.cseprotocol.record;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Derives from a case why its child is on the central CSE record. Every {@code cse-referral} case is a CSE
 * referral, so REFERRAL always applies; the others follow from what the assessment, outcome and conference found.
 */
final class ReasonRules {

    private ReasonRules() {
    }

    static Set<RecordReason> reasons(VariableScope variables) {
        List<String> outcomes = JsonLists.strings(variables.getVariable("outcomes"));
        List<String> reviewFeeds = JsonLists.strings(variables.getVariable("reviewFeeds"));
        Set<RecordReason> reasons = EnumSet.of(RecordReason.REFERRAL);
        Object assessedRisk = variables.getVariable("assessedRisk");
        if ("MEDIUM".equals(assessedRisk) || "HIGH".equals(assessedRisk)) {
            reasons.add(RecordReason.FOUND_IN_ASSESSMENT);
        }
        if (outcomes.contains("CHILD_IN_NEED_PLAN") || reviewFeeds.contains("CIN_PLAN_REVIEW")) {
            reasons.add(RecordReason.CIN_PLAN);
        }
        // A core group and a child protection review conference exist only for a child on a protection plan.
        if (CaseFactsReader.isTrue(variables, "childProtectionPlan") || reviewFeeds.contains("CORE_GROUP")
                || reviewFeeds.contains("CP_REVIEW_CONFERENCE")) {
            reasons.add(RecordReason.CP_PLAN);
        }
        // Accommodation under Section 20 makes the child looked after.
        if (CaseFactsReader.isTrue(variables, "lookedAfter") || outcomes.contains("SECTION_20_ACCOMMODATION")
                || reviewFeeds.contains("LAC_REVIEW")) {
            boolean elsewhere = CaseFactsReader.text(variables, "hostBorough") != null;
            reasons.add(elsewhere ? RecordReason.LAC_OUT_OF_BOROUGH : RecordReason.LAC_IN_BOROUGH);
        }
        return reasons;
    }
}
