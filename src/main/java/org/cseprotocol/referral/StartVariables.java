package org.cseprotocol.referral;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Maps a valid referral to the variables that start process {@code cse-referral}. Optional values are typed nulls
 * (a null String or Integer), so that Cockpit and the REST API show their type even when empty.
 */
@Component
class StartVariables {

    private final ObjectMapper objectMapper;

    StartVariables(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    VariableMap of(String referralId, Referral referral) {
        VariableMap variables = Variables.createVariables()
                .putValue("referralId", referralId)
                .putValue("referralSource", referral.source().name())
                .putValue("externalReference", referral.externalReference())
                .putValue("receivedAt", Date.from(referral.receivedAt()))
                .putValue("concern", referral.concern())
                .putValue("exploitationTypes", jsonList(referral.exploitationTypes()))
                .putValue("indicators", jsonList(referral.indicators()))
                .putValue("vulnerabilities", jsonList(referral.vulnerabilities()))
                .putValue("currentlyMissing", referral.currentlyMissing())
                .putValue("consentObtained", referral.consent().obtained())
                .putValue("consentOverrideReason", text(referral.consent().overrideReason()))
                .putValue("complexCase", false)
                .putValue("overdue", false)
                .putValue("sippsRequested", false)
                .putValue("policeInformed", false);
        putReferrer(variables, referral.referrer());
        putChild(variables, referral);
        putOpenCase(variables, referral.openCase());
        putScreening(variables, referral);
        return variables;
    }

    private static void putReferrer(VariableMap variables, Referral.Referrer referrer) {
        variables.putValue("referrerName", referrer.name())
                .putValue("referrerAgency", referrer.agency().name())
                .putValue("referrerRole", text(referrer.role()))
                .putValue("referrerPhone", text(referrer.phone()))
                .putValue("referrerEmail", text(referrer.email()));
    }

    private static void putChild(VariableMap variables, Referral referral) {
        Referral.Child child = referral.child();
        variables.putValue("childFirstName", child.firstName())
                .putValue("childLastName", child.lastName())
                .putValue("childDateOfBirth", child.dateOfBirth().toString())
                .putValue("childAge", ChildAge.yearsAt(child.dateOfBirth(), referral.receivedAt()))
                .putValue("childGender", text(child.gender()))
                .putValue("childEthnicity", text(child.ethnicity()))
                .putValue("childAddress", text(child.address()))
                .putValue("childSchool", text(child.school()))
                .putValue("lookedAfter", child.lookedAfter())
                .putValue("hostBorough", text(child.hostBorough()));
    }

    private static void putOpenCase(VariableMap variables, Referral.OpenCase openCase) {
        variables.putValue("openCase", openCase != null)
                .putValue("allocatedSocialWorker", text(openCase == null ? null : openCase.allocatedSocialWorker()))
                .putValue("practiceGroup", text(openCase == null ? null : openCase.practiceGroup()));
    }

    private static void putScreening(VariableMap variables, Referral referral) {
        variables.putValue("screeningProvided", !referral.screening().isEmpty());
        for (ScreeningCategory category : ScreeningCategory.values()) {
            Integer grade = referral.screening().get(category);
            variables.putValue(category.variableName(), Variables.integerValue(grade));
        }
    }

    private JsonValue jsonList(List<? extends Enum<?>> codes) {
        List<String> names = codes.stream().map(Enum::name).toList();
        try {
            return SpinValues.jsonValue(objectMapper.writeValueAsString(names)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Failed to write a list of codes as JSON", e);
        }
    }

    private static StringValue text(String value) {
        return Variables.stringValue(value);
    }
}
