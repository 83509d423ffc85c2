package org.cseprotocol.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables written by the task forms that must not stay text, with the type each must have. Tasklist sends
 * form values without a type, so the REST API stores a date as the String "2026-03-04" and a number as whatever
 * Integer, Long or Double the JSON number fits. Every other form value is text or a code and stays a String.
 */
final class FormValueTypes {

    static final List<String> SCREENING_CATEGORIES = List.of("Missing", "Education", "Substances",
            "ParentRelationship", "Accommodation", "RecognisesExploitation", "Engagement", "SexualHealth",
            "HealthAndBehaviour", "RiskyAssociations", "SocialMedia");

    private static final Map<String, FormValueType> TYPES = declare();

    private FormValueTypes() {
    }

    /** Returns every declared variable with its type, in a fixed order. */
    static Map<String, FormValueType> all() {
        return TYPES;
    }

    private static Map<String, FormValueType> declare() {
        Map<String, FormValueType> types = new LinkedHashMap<>();
        types.put("strategyMeetingDate", FormValueType.DATE);
        types.put("conferenceDate", FormValueType.DATE);
        types.put("meetingDate", FormValueType.DATE);
        for (String category : SCREENING_CATEGORIES) {
            types.put("screening" + category, FormValueType.GRADE);
            types.put("screening" + category + "Concern", FormValueType.BOOLEAN);
        }
        types.put("policeCategory", FormValueType.POLICE_CATEGORY);
        for (String flag : List.of("complexCase", "policeInformed", "crisIsNew", "multiAgencyAgreesNotMet",
                "significantHarm", "sippsRequested", "policeCategoryShared", "lacInformParents", "planInPlace",
                "cseConcernFlagged", "hostRiskAssessmentStarted", "childProtectionPlan", "earlyHelpAccepted")) {
            types.put(flag, FormValueType.BOOLEAN);
        }
        for (String list : List.of("partnerAgencies", "attendees", "outcomes", "reviewFeeds")) {
            types.put(list, FormValueType.CODE_LIST);
        }
        for (String rows : List.of("sippsNetwork", "reviewChildren", "childUpdates")) {
            types.put(rows, FormValueType.ROW_LIST);
        }
        return Collections.unmodifiableMap(types);
    }
}
