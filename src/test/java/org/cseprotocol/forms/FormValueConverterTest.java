package org.cseprotocol.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.type.SpinValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormValueConverterTest {

    @Test
    void dateTextBecomesStartOfDayInLondon() {
        TypedValue converted = convert("strategyMeetingDate", FormValueType.DATE, "2026-07-14");

        assertThat(converted.getType()).isEqualTo(ValueType.DATE);
        assertThat(((Date) converted.getValue()).toInstant()).isEqualTo(Instant.parse("2026-07-13T23:00:00Z"));
    }

    @Test
    void dateTimeWithOffsetKeepsItsInstant() {
        TypedValue converted = convert("conferenceDate", FormValueType.DATE, "2026-03-04T10:15:00+01:00");

        assertThat(((Date) converted.getValue()).toInstant()).isEqualTo(Instant.parse("2026-03-04T09:15:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"04/03/2026", "2026-02-30", "next Tuesday", "2026-03-05T10:15"})
    void invalidDateIsRejectedNamingTheField(String text) {
        assertThatThrownBy(() -> convert("strategyMeetingDate", FormValueType.DATE, text))
                .isInstanceOf(FormValueRejectedException.class)
                .hasMessageStartingWith("The value of strategyMeetingDate must be a date such as 2026-03-04")
                .hasMessageNotContaining(text);
    }

    @Test
    void gradeBecomesInteger() {
        assertThat(convert("screeningMissing", FormValueType.GRADE, 3L).getValue()).isEqualTo(3);
        assertThat(convert("screeningMissing", FormValueType.GRADE, 4.0).getValue()).isEqualTo(4);
        assertThat(convert("screeningMissing", FormValueType.GRADE, " 5 ").getValue()).isEqualTo(5);
        assertThat(convert("policeCategory", FormValueType.POLICE_CATEGORY, "2").getType())
                .isEqualTo(ValueType.INTEGER);
    }

    @Test
    void integerInRangeNeedsNoConversion() {
        assertThat(FormValueConverter.convert("screeningMissing", FormValueType.GRADE, Variables.integerValue(1)))
                .isEmpty();
    }

    @Test
    void gradeOutOfRangeIsRejected() {
        assertThatThrownBy(() -> convert("screeningSocialMedia", FormValueType.GRADE, 6))
                .isInstanceOf(FormValueRejectedException.class)
                .hasMessage("The value of screeningSocialMedia must be a whole number from 1 to 5, not 6.");
        assertThatThrownBy(() -> convert("policeCategory", FormValueType.POLICE_CATEGORY, "4"))
                .hasMessage("The value of policeCategory must be a whole number from 1 to 3, not 4.");
    }

    @Test
    void gradeThatIsNoWholeNumberIsRejected() {
        assertThatThrownBy(() -> convert("screeningEducation", FormValueType.GRADE, 2.5))
                .hasMessage("The value of screeningEducation must be a whole number from 1 to 5, not 2.5.");
        assertThatThrownBy(() -> convert("screeningEducation", FormValueType.GRADE, "high"))
                .hasMessage("The value of screeningEducation must be a whole number from 1 to 5, not text.");
        assertThatThrownBy(() -> convert("screeningEducation", FormValueType.GRADE, true))
                .hasMessage("The value of screeningEducation must be a whole number from 1 to 5, not true.");
    }

    @Test
    void yesNoTextBecomesBoolean() {
        assertThat(convert("significantHarm", FormValueType.BOOLEAN, "true").getValue()).isEqualTo(true);
        assertThat(convert("significantHarm", FormValueType.BOOLEAN, " FALSE ").getValue()).isEqualTo(false);
    }

    @Test
    void otherYesNoValueIsRejected() {
        assertThatThrownBy(() -> convert("significantHarm", FormValueType.BOOLEAN, "yes"))
                .hasMessage("The value of significantHarm must be true or false, not text.");
        assertThatThrownBy(() -> convert("significantHarm", FormValueType.BOOLEAN, 1))
                .hasMessage("The value of significantHarm must be true or false, not 1.");
    }

    @Test
    void blankTextBecomesTypedNull() {
        TypedValue date = convert("conferenceDate", FormValueType.DATE, " ");
        TypedValue grade = convert("screeningMissing", FormValueType.GRADE, "");

        assertThat(date.getType()).isEqualTo(ValueType.DATE);
        assertThat(date.getValue()).isNull();
        assertThat(grade.getType()).isEqualTo(ValueType.INTEGER);
        assertThat(grade.getValue()).isNull();
    }

    @Test
    void nullNeedsNoConversion() {
        assertThat(FormValueConverter.convert("conferenceDate", FormValueType.DATE, Variables.dateValue(null)))
                .isEmpty();
        assertThat(FormValueConverter.convert("outcomes", FormValueType.CODE_LIST, null)).isEmpty();
    }

    @Test
    void jsonTextAndJavaListsBecomeJson() {
        TypedValue fromText = convert("partnerAgencies", FormValueType.CODE_LIST, "[\"HEALTH\", \"POLICE\"]");
        TypedValue fromList = convert("attendees", FormValueType.CODE_LIST, List.of("POLICE", "SCHOOL"));
        TypedValue rows = convert("sippsNetwork", FormValueType.ROW_LIST,
                "[{\"networkPersonName\": \"Ace\", \"networkPersonRole\": \"SUSPECTED_PERPETRATOR\"}]");

        assertThat(fromText.getType()).isEqualTo(SpinValueType.JSON);
        assertThat(fromText.getValue().toString()).isEqualTo("[\"HEALTH\",\"POLICE\"]");
        assertThat(fromList.getValue().toString()).isEqualTo("[\"POLICE\",\"SCHOOL\"]");
        assertThat(((SpinJsonNode) rows.getValue()).elements()).hasSize(1);
    }

    @Test
    void jsonListNeedsNoConversion() {
        TypedValue json = SpinValues.jsonValue("[\"CORE_GROUP\"]").create();

        assertThat(FormValueConverter.convert("reviewFeeds", FormValueType.CODE_LIST, json)).isEmpty();
    }

    @Test
    void valueThatIsNoListIsRejected() {
        assertThatThrownBy(() -> convert("partnerAgencies", FormValueType.CODE_LIST, "HEALTH"))
                .hasMessage("The value of partnerAgencies must be a JSON array of codes such as "
                        + "[\"HEALTH\", \"EDUCATION\"].");
        assertThatThrownBy(() -> convert("outcomes", FormValueType.CODE_LIST, "[\"STEP_DOWN\", 3]"))
                .isInstanceOf(FormValueRejectedException.class);
        assertThatThrownBy(() -> convert("outcomes", FormValueType.CODE_LIST, "[\"STEP_DOWN\""))
                .isInstanceOf(FormValueRejectedException.class);
        assertThatThrownBy(() -> convert("sippsNetwork", FormValueType.ROW_LIST, Map.of("name", "Ace")))
                .hasMessage("The value of sippsNetwork must be a JSON array of objects, one for each row.");
        assertThatThrownBy(() -> FormValueConverter.convert("outcomes", FormValueType.CODE_LIST,
                SpinValues.jsonValue("{\"outcome\": \"STEP_DOWN\"}").create()))
                .isInstanceOf(FormValueRejectedException.class);
    }

    @Test
    void rejectionCarriesTheFieldAndCode() {
        assertThatThrownBy(() -> convert("conferenceDate", FormValueType.DATE, 20260304))
                .isInstanceOfSatisfying(FormValueRejectedException.class, rejection -> {
                    assertThat(rejection.<String>getDetail()).isEqualTo("conferenceDate");
                    assertThat(rejection.getCode()).isEqualTo(FormValueRejectedException.CODE);
                });
    }

    private static TypedValue convert(String variable, FormValueType type, Object value) {
        return FormValueConverter.convert(variable, type, Variables.untypedValue(value)).orElseThrow();
    }
}
