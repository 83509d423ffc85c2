package org.cseprotocol.record;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Reads the facts that the central CSE record keeps from the variables of a {@code cse-referral} case. */
final class CaseFactsReader {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private CaseFactsReader() {
    }

    static CaseFacts read(VariableScope variables, String businessKey) {
        String referralId = text(variables, "referralId");
        String source = referralId != null ? referralId : businessKey;
        Map<RecordField, Object> fields = new EnumMap<>(RecordField.class);
        put(fields, RecordField.GENDER, variables.getVariable("childGender"));
        put(fields, RecordField.SCHOOL, variables.getVariable("childSchool"));
        put(fields, RecordField.ALLOCATED_WORKER, variables.getVariable("allocatedSocialWorker"));
        put(fields, RecordField.PRACTICE_GROUP, variables.getVariable("practiceGroup"));
        put(fields, RecordField.CRIS_REFERENCE, variables.getVariable("crisReference"));
        put(fields, RecordField.CURRENT_RAG, variables.getVariable("ragRating"));
        put(fields, RecordField.POLICE_CATEGORY, variables.getVariable("policeCategory"));
        put(fields, RecordField.STEP_DOWN_TO, variables.getVariable("stepDownTo"));
        put(fields, RecordField.HOST_BOROUGH, variables.getVariable("hostBorough"));
        put(fields, RecordField.LATEST_REFERRAL_ID, source);
        putList(fields, RecordField.OUTCOME, variables.getVariable("outcomes"));
        putList(fields, RecordField.EXPLOITATION_TYPES, variables.getVariable("exploitationTypes"));
        if (variables.getVariable("lookedAfter") instanceof Boolean lookedAfter) {
            fields.put(RecordField.LOOKED_AFTER, lookedAfter);
        }
        if (isTrue(variables, "openCase") || fields.containsKey(RecordField.ALLOCATED_WORKER)) {
            fields.put(RecordField.OPEN_TO_SOCIAL_CARE, true);
        }
        // Only a case that reports the child missing from education sets the flag; ending it is the CSE lead's call.
        if (JsonLists.strings(variables.getVariable("indicators")).contains("MISSING_EDUCATION")) {
            fields.put(RecordField.MISSING_FROM_EDUCATION, true);
        }
        LocalDate missingSince = isTrue(variables, "currentlyMissing") ? receivedOn(variables) : null;
        return new CaseFacts(source, text(variables, "childFirstName"), text(variables, "childLastName"),
                dateOfBirth(variables), fields, ReasonRules.reasons(variables), missingSince);
    }

    private static void put(Map<RecordField, Object> fields, RecordField field, Object raw) {
        Object value = raw instanceof String text && text.trim().length() > field.maxLength()
                && field.kind() == RecordField.FieldKind.TEXT ? text.trim().substring(0, field.maxLength()) : raw;
        Object stored = FieldValues.toStored(field, value);
        if (stored != null) {
            fields.put(field, stored);
        }
    }

    private static void putList(Map<RecordField, Object> fields, RecordField field, Object raw) {
        List<String> items = JsonLists.strings(raw);
        if (!items.isEmpty()) {
            put(fields, field, items);
        }
    }

    private static LocalDate dateOfBirth(VariableScope variables) {
        Object value = variables.getVariable("childDateOfBirth");
        if (value instanceof Date date) {
            return date.toInstant().atZone(LONDON).toLocalDate();
        }
        String text = value == null ? "" : value.toString().trim();
        try {
            return text.isEmpty() ? null : LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Invalid childDateOfBirth: expected a date such as 2011-05-14", e);
        }
    }

    private static LocalDate receivedOn(VariableScope variables) {
        Object receivedAt = variables.getVariable("receivedAt");
        Date date = receivedAt instanceof Date value ? value : ClockUtil.getCurrentTime();
        return date.toInstant().atZone(LONDON).toLocalDate();
    }

    static boolean isTrue(VariableScope variables, String name) {
        return Boolean.TRUE.equals(variables.getVariable(name));
    }

    static String text(VariableScope variables, String name) {
        Object value = variables.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
