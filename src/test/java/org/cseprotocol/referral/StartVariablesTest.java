package org.cseprotocol.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Set;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.spin.plugin.variable.type.SpinValueType;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

class StartVariablesTest {

    /** The start variables the team contract lists, no more and no fewer. */
    static final Set<String> CONTRACT_VARIABLES = Set.of("referralId", "referralSource", "externalReference",
            "receivedAt", "referrerName", "referrerAgency", "referrerRole", "referrerPhone", "referrerEmail",
            "childFirstName", "childLastName", "childDateOfBirth", "childGender", "childEthnicity", "childAddress",
            "childSchool", "lookedAfter", "hostBorough", "openCase", "allocatedSocialWorker", "practiceGroup",
            "concern", "exploitationTypes", "indicators", "vulnerabilities", "currentlyMissing", "consentObtained",
            "consentOverrideReason", "screeningProvided", "screeningMissing", "screeningEducation",
            "screeningSubstances", "screeningParentRelationship", "screeningAccommodation",
            "screeningRecognisesExploitation", "screeningEngagement", "screeningSexualHealth",
            "screeningHealthAndBehaviour", "screeningRiskyAssociations", "screeningSocialMedia", "childAge",
            "complexCase", "overdue", "sippsRequested", "policeInformed");

    private final ReferralValidator validator = new ReferralValidator(userId -> true);
    private final StartVariables startVariables = new StartVariables(TestReferrals.JSON);

    @Test
    void variablesAreExactlyTheContractList() {
        VariableMap variables = startVariables.of("CSE-2026-000001", validator.validate(TestReferrals.valid()));

        assertThat(variables.keySet()).containsExactlyInAnyOrderElementsOf(CONTRACT_VARIABLES);
    }

    @Test
    void valuesHaveTheContractTypes() {
        ObjectNode body = TestReferrals.valid();
        Referral referral = validator.validate(body);

        VariableMap variables = startVariables.of("CSE-2026-000001", referral);

        assertThat(variables.get("receivedAt")).isEqualTo(Date.from(referral.receivedAt()));
        assertThat(variables.get("childAge")).isEqualTo(TestReferrals.CHILD_AGE);
        assertThat(variables.get("childDateOfBirth")).isEqualTo(body.at("/child/dateOfBirth").textValue());
        assertThat(variables.getValueTyped("exploitationTypes").getType()).isEqualTo(SpinValueType.JSON);
        assertThat(variables.<JsonValue>getValueTyped("indicators").getValueSerialized())
                .isEqualTo("[\"GOING_MISSING\",\"UNEXPLAINED_GIFTS\",\"OLDER_PARTNER\"]");
        assertThat(variables.get("screeningRiskyAssociations")).isEqualTo(4);
        assertThat(variables.get("screeningProvided")).isEqualTo(true);
        assertThat(variables.get("openCase")).isEqualTo(false);
        assertThat(variables.get("complexCase")).isEqualTo(false);
        assertThat(variables.get("overdue")).isEqualTo(false);
        assertThat(variables.get("sippsRequested")).isEqualTo(false);
        assertThat(variables.get("policeInformed")).isEqualTo(false);
    }

    @Test
    void missingOptionalValuesAreTypedNulls() {
        ObjectNode body = TestReferrals.valid();
        body.remove("screening");

        VariableMap variables = startVariables.of("CSE-2026-000001", validator.validate(body));

        assertThat(variables.get("screeningProvided")).isEqualTo(false);
        assertThat(variables.getValueTyped("screeningMissing").getType()).isEqualTo(ValueType.INTEGER);
        assertThat(variables.get("screeningMissing")).isNull();
        assertThat(variables.getValueTyped("hostBorough").getType()).isEqualTo(ValueType.STRING);
        assertThat(variables.get("hostBorough")).isNull();
        assertThat(variables.get("allocatedSocialWorker")).isNull();
        assertThat(variables.get("consentOverrideReason")).isNull();
    }

    @Test
    void openCaseCarriesTheSocialWorker() {
        ObjectNode body = TestReferrals.valid();
        body.put("source", "OPEN_CASE");
        body.putObject("openCase").put("allocatedSocialWorker", "social.worker").put("practiceGroup", "PG3");

        VariableMap variables = startVariables.of("CSE-2026-000001", validator.validate(body));

        assertThat(variables.get("openCase")).isEqualTo(true);
        assertThat(variables.get("allocatedSocialWorker")).isEqualTo("social.worker");
        assertThat(variables.get("practiceGroup")).isEqualTo("PG3");
        assertThat(variables.get("referralSource")).isEqualTo("OPEN_CASE");
    }
}
