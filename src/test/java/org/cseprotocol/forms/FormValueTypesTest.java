package org.cseprotocol.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the declared form value types against the fields of the real forms in {@code forms/}. */
class FormValueTypesTest {

    /** Each typed field of every form, as "form.key", with the type its component submits. */
    private static final Map<String, FormValueType> FIELD_TYPES = new TreeMap<>();

    @BeforeAll
    static void readForms() throws IOException {
        for (Path file : FormFile.all()) {
            FormFile form = FormFile.read(file);
            for (JsonNode field : form.variableFields()) {
                FormValueType type = typeSubmittedBy(field);
                if (type != null) {
                    FIELD_TYPES.put(form.fileId() + "." + FormFile.variableOf(field), type);
                }
            }
        }
    }

    /** Returns the type a component's value must be given, or null for text and code fields, which stay text. */
    private static FormValueType typeSubmittedBy(JsonNode component) {
        List<JsonNode> options = new ArrayList<>();
        component.path("values").forEach(options::add);
        return switch (component.path("type").asText()) {
            case "datetime" -> FormValueType.DATE;
            case "checkbox" -> FormValueType.BOOLEAN;
            case "checklist", "taglist" -> FormValueType.CODE_LIST;
            case "dynamiclist" -> FormValueType.ROW_LIST;
            case "number" -> wholeNumberType(component.path("validate").path("min").asInt(),
                    component.path("validate").path("max").asInt());
            case "radio", "select" -> choiceType(options);
            default -> null;
        };
    }

    private static FormValueType choiceType(List<JsonNode> options) {
        if (!options.isEmpty() && options.stream().allMatch(option -> option.path("value").isBoolean())) {
            return FormValueType.BOOLEAN;
        }
        if (!options.isEmpty() && options.stream().allMatch(option -> option.path("value").isInt())) {
            List<Integer> values = options.stream().map(option -> option.path("value").asInt()).sorted().toList();
            return wholeNumberType(values.get(0), values.get(values.size() - 1));
        }
        return null;
    }

    /** Returns the declared whole-number type with exactly this range, or null when none has it. */
    private static FormValueType wholeNumberType(int min, int max) {
        for (FormValueType type : FormValueType.values()) {
            if (type.isWholeNumber() && type.min() == min && type.max() == max) {
                return type;
            }
        }
        return null;
    }

    @Test
    void everyTypedFieldIsDeclaredWithItsType() {
        assertThat(FIELD_TYPES).isNotEmpty().allSatisfy((field, type) -> assertThat(FormValueTypes.all()
                .get(field.substring(field.indexOf('.') + 1))).as("declared type of %s", field).isEqualTo(type));
    }

    @Test
    void declaredVariablesAreFormFields() {
        assertThat(FormValueTypes.all()).allSatisfy((variable, type) -> assertThat(FIELD_TYPES)
                .as("forms with field %s of type %s", variable, type)
                .containsValue(type)
                .anySatisfy((field, fieldType) -> {
                    assertThat(field).endsWith("." + variable);
                    assertThat(fieldType).isEqualTo(type);
                }));
    }

    @Test
    void knownFieldsAreDeclared() {
        assertThat(FIELD_TYPES).containsEntry("completeScreeningTool.screeningSexualHealth", FormValueType.GRADE)
                .containsEntry("categoriseRisk.policeCategory", FormValueType.POLICE_CATEGORY)
                .containsEntry("holdStrategyMeeting.strategyMeetingDate", FormValueType.DATE)
                .containsEntry("holdInitialConference.conferenceDate", FormValueType.DATE)
                .containsEntry("triageReferral.partnerAgencies", FormValueType.CODE_LIST)
                .containsEntry("completeSippsWorksheet.sippsNetwork", FormValueType.ROW_LIST);
    }
}
