package org.cseprotocol.forms;

import java.util.Collection;
import java.util.Optional;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.SpinRuntimeException;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Converts a checklist or repeating-group value to a Json array. Tasklist already sends these as Json, but a REST
 * client may send the JSON text as a String, and a Java caller may pass a {@link Collection}.
 */
final class JsonLists {

    private JsonLists() {
    }

    static Optional<TypedValue> convert(String variable, FormValueType type, TypedValue typed) {
        Object value = typed.getValue();
        if (typed instanceof JsonValue && value instanceof SpinJsonNode node) {
            check(variable, type, node);
            return Optional.empty();
        }
        SpinJsonNode node = parse(variable, type, value);
        check(variable, type, node);
        return Optional.of(SpinValues.jsonValue(node).create());
    }

    private static SpinJsonNode parse(String variable, FormValueType type, Object value) {
        try {
            if (value instanceof String text && text.trim().startsWith("[")) {
                return Spin.JSON(text.trim());
            }
            if (value instanceof Collection<?> || value instanceof SpinJsonNode) {
                return Spin.JSON(value);
            }
        } catch (SpinRuntimeException e) {
            throw notAList(variable, type);
        }
        throw notAList(variable, type);
    }

    private static void check(String variable, FormValueType type, SpinJsonNode node) {
        if (!node.isArray()) {
            throw notAList(variable, type);
        }
        boolean rows = type == FormValueType.ROW_LIST;
        for (SpinJsonNode element : node.elements()) {
            if (rows ? !element.isObject() : !element.isString()) {
                throw notAList(variable, type);
            }
        }
    }

    private static FormValueRejectedException notAList(String variable, FormValueType type) {
        String expected = type == FormValueType.ROW_LIST
                ? "a JSON array of objects, one for each row"
                : "a JSON array of codes such as [\"HEALTH\", \"EDUCATION\"]";
        return FormValueConverter.rejected(variable, "must be " + expected);
    }
}
