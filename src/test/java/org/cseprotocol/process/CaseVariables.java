package org.cseprotocol.process;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

/** Builds the start variables that the intake API gives a case, with fictional data. */
final class CaseVariables {

    private final Map<String, Object> variables = new HashMap<>();

    private CaseVariables() {
    }

    /** Returns a builder for a CAF from a school about a 15-year-old not open to social care. */
    static CaseVariables newConcern() {
        CaseVariables builder = new CaseVariables();
        Map<String, Object> v = builder.variables;
        v.put("referralId", "CSE-2026-000001");
        v.put("referralSource", "CAF");
        v.put("externalReference", "CAF-TEST-0001");
        v.put("receivedAt", Date.from(Instant.parse("2026-03-02T10:15:00Z")));
        v.put("referrerName", "Designated Safeguarding Lead");
        v.put("referrerAgency", "EDUCATION");
        v.put("referrerRole", "DSL");
        v.put("referrerPhone", "020 7946 0000");
        v.put("referrerEmail", "dsl@example.org");
        v.put("childFirstName", "Test");
        v.put("childLastName", "Child");
        v.put("childDateOfBirth", "2011-01-10");
        v.put("childGender", "FEMALE");
        v.put("childEthnicity", "White British");
        v.put("childAddress", "1 Example Road, London");
        v.put("childSchool", "Example Academy");
        v.put("lookedAfter", false);
        v.put("hostBorough", null);
        v.put("openCase", false);
        v.put("allocatedSocialWorker", null);
        v.put("practiceGroup", null);
        v.put("concern", "Seen getting into cars with an older man after school.");
        v.put("currentlyMissing", false);
        v.put("consentObtained", true);
        v.put("consentOverrideReason", null);
        v.put("childAge", 15);
        v.put("complexCase", false);
        v.put("overdue", false);
        v.put("sippsRequested", false);
        v.put("policeInformed", false);
        builder.list("exploitationTypes", "BOYFRIEND_MODEL");
        builder.list("indicators", "GOING_MISSING", "OLDER_PARTNER");
        builder.list("vulnerabilities", "LOW_SELF_ESTEEM");
        return builder.grades(3, 3, 1, 1, 1, 3, 1, 3, 1, 4, 3);
    }

    /** Returns a builder for a referral from the allocated social worker on a case open to social care. */
    static CaseVariables openCase() {
        return newConcern()
                .with("referralSource", "OPEN_CASE")
                .with("externalReference", "OPEN-TEST-0001")
                .with("referrerAgency", "SOCIAL_CARE")
                .with("openCase", true)
                .with("allocatedSocialWorker", "social.worker")
                .with("practiceGroup", "PG3");
    }

    /**
     * Sets the eleven screening grades in the order of the screening tool: missing, education, substances,
     * parent relationship, accommodation, recognises exploitation, engagement, sexual health, health and
     * behaviour, risky associations, social media.
     */
    CaseVariables grades(int... grades) {
        String[] names = {"Missing", "Education", "Substances", "ParentRelationship", "Accommodation",
            "RecognisesExploitation", "Engagement", "SexualHealth", "HealthAndBehaviour", "RiskyAssociations",
            "SocialMedia"};
        for (int i = 0; i < names.length; i++) {
            variables.put("screening" + names[i], grades[i]);
        }
        variables.put("screeningProvided", true);
        return this;
    }

    CaseVariables with(String name, Object value) {
        variables.put(name, value);
        return this;
    }

    CaseVariables list(String name, String... values) {
        variables.put(name, json(values));
        return this;
    }

    Map<String, Object> build() {
        return new HashMap<>(variables);
    }

    static Object json(String... values) {
        return SpinValues.jsonValue(Spin.JSON(List.of(values))).create();
    }
}
