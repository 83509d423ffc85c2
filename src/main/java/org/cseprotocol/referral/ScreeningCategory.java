package org.cseprotocol.referral;

import java.util.Arrays;
import java.util.List;

/** The eleven categories of the CSE screening tool, each graded from 1 (no concern) to 5 (highest concern). */
enum ScreeningCategory {
    MISSING("missing"),
    EDUCATION("education"),
    SUBSTANCES("substances"),
    PARENT_RELATIONSHIP("parentRelationship"),
    ACCOMMODATION("accommodation"),
    RECOGNISES_EXPLOITATION("recognisesExploitation"),
    ENGAGEMENT("engagement"),
    SEXUAL_HEALTH("sexualHealth"),
    HEALTH_AND_BEHAVIOUR("healthAndBehaviour"),
    RISKY_ASSOCIATIONS("riskyAssociations"),
    SOCIAL_MEDIA("socialMedia");

    static final int LOWEST_GRADE = 1;
    static final int HIGHEST_GRADE = 5;

    private final String jsonKey;

    ScreeningCategory(String jsonKey) {
        this.jsonKey = jsonKey;
    }

    /** Returns the key of this category in the referral's {@code screening} object. */
    String jsonKey() {
        return jsonKey;
    }

    /** Returns the process variable that carries the grade, e.g. {@code screeningSexualHealth}. */
    String variableName() {
        return "screening" + Character.toUpperCase(jsonKey.charAt(0)) + jsonKey.substring(1);
    }

    static List<String> jsonKeys() {
        return Arrays.stream(values()).map(ScreeningCategory::jsonKey).toList();
    }
}
