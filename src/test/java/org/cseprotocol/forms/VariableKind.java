package org.cseprotocol.forms;

import java.util.Date;

import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.type.SpinValueType;

/** The kind of value a process variable holds, as far as the model's expressions and the tables care. */
enum VariableKind {
    DATE, BOOLEAN, INTEGER, STRING, LIST;

    /** Returns the kind the engine stores for a form value: typed by {@link FormValueTypes}, or else text. */
    static VariableKind ofFormValue(FormValueType type) {
        if (type == null) {
            return STRING;
        }
        return switch (type) {
            case DATE -> DATE;
            case BOOLEAN -> BOOLEAN;
            case GRADE, POLICE_CATEGORY -> INTEGER;
            case CODE_LIST, ROW_LIST -> LIST;
        };
    }

    /** Returns the kind of a typed value, or for an untyped one the kind the engine stores for its Java class. */
    static VariableKind ofValue(TypedValue value) {
        if (value.getType() != null) {
            return ofValueType(value.getType());
        }
        Object plain = value.getValue();
        if (plain instanceof Date) {
            return DATE;
        }
        if (plain instanceof Boolean) {
            return BOOLEAN;
        }
        if (plain instanceof Integer) {
            return INTEGER;
        }
        if (plain instanceof String) {
            return STRING;
        }
        throw new IllegalArgumentException("No variable kind for a " + plain.getClass().getName());
    }

    static VariableKind ofValueType(ValueType type) {
        if (type == SpinValueType.JSON) {
            return LIST;
        }
        return switch (type.getName()) {
            case "date" -> DATE;
            case "boolean" -> BOOLEAN;
            case "integer" -> INTEGER;
            case "string" -> STRING;
            default -> throw new IllegalArgumentException("No variable kind for value type " + type.getName());
        };
    }

    /** Returns the kind of a DMN {@code typeRef} (integer, boolean, string). */
    static VariableKind ofTypeRef(String typeRef) {
        return switch (typeRef) {
            case "integer", "long" -> INTEGER;
            case "boolean" -> BOOLEAN;
            case "string" -> STRING;
            case "date" -> DATE;
            default -> throw new IllegalArgumentException("No variable kind for DMN typeRef " + typeRef);
        };
    }
}
