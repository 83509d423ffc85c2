package org.cseprotocol.record;

import java.util.List;

/**
 * A field of a central CSE record entry that a case or the CSE lead can change, with its JSON name, its column in
 * {@code cse_record} and the values it accepts. Identity (name, date of birth) and status are not fields: they
 * change only by adding, closing or reopening an entry.
 */
public enum RecordField {
    GENDER("gender", "gender", FieldKind.TEXT, 32),
    SCHOOL("school", "school", FieldKind.TEXT, 200),
    TRAVEL_CARD("travelCard", "travel_card", FieldKind.TEXT, 100),
    ASSOCIATES("associates", "associates", FieldKind.TEXT, 4000),
    SOCIAL_MEDIA("socialMedia", "social_media", FieldKind.TEXT, 4000),
    VENUES("venues", "venues", FieldKind.TEXT, 4000),
    MISSING_FROM_EDUCATION("missingFromEducation", "missing_from_education", FieldKind.FLAG, 0),
    CURRENT_RAG("currentRag", "current_rag", FieldKind.CODE, 5, "RED", "AMBER", "GREEN"),
    POLICE_CATEGORY("policeCategory", "police_category", FieldKind.CATEGORY, 0),
    OUTCOME("outcome", "outcome", FieldKind.CODE_LIST, 500, CodeLists.OUTCOMES),
    STEP_DOWN_TO("stepDownTo", "step_down_to", FieldKind.CODE, 32,
            "NONE", "EARLY_HELP", "SPECIALIST_FAMILY_FOCUS"),
    ALLOCATED_WORKER("allocatedWorker", "allocated_worker", FieldKind.TEXT, 128),
    PRACTICE_GROUP("practiceGroup", "practice_group", FieldKind.TEXT, 64),
    OPEN_TO_SOCIAL_CARE("openToSocialCare", "open_to_social_care", FieldKind.FLAG, 0),
    CRIS_REFERENCE("crisReference", "cris_reference", FieldKind.TEXT, 64),
    LOOKED_AFTER("lookedAfter", "looked_after", FieldKind.FLAG, 0),
    HOST_BOROUGH("hostBorough", "host_borough", FieldKind.TEXT, 100),
    EXPLOITATION_TYPES("exploitationTypes", "exploitation_types", FieldKind.CODE_LIST, 500,
            CodeLists.EXPLOITATION_TYPES),
    LATEST_REFERRAL_ID("latestReferralId", "latest_referral_id", FieldKind.TEXT, 32);

    private final String jsonName;
    private final String column;
    private final FieldKind kind;
    private final int maxLength;
    private final List<String> codes;

    RecordField(String jsonName, String column, FieldKind kind, int maxLength, String... codes) {
        this(jsonName, column, kind, maxLength, List.of(codes));
    }

    RecordField(String jsonName, String column, FieldKind kind, int maxLength, List<String> codes) {
        this.jsonName = jsonName;
        this.column = column;
        this.kind = kind;
        this.maxLength = maxLength;
        this.codes = codes;
    }

    public String jsonName() {
        return jsonName;
    }

    String column() {
        return column;
    }

    FieldKind kind() {
        return kind;
    }

    int maxLength() {
        return maxLength;
    }

    List<String> codes() {
        return codes;
    }

    /** Returns whether the CSE lead may set the field over the API; the latest referral id is set by cases only. */
    boolean editable() {
        return this != LATEST_REFERRAL_ID;
    }

    /**
     * Returns the stored form of a value for this field: trimmed text or null, a Boolean, a category 1 to 3, a code
     * or a comma-separated list of codes.
     *
     * @throws IllegalArgumentException naming the field and what it accepts, if the value is invalid
     */
    public Object toStored(Object raw) {
        return FieldValues.toStored(this, raw);
    }

    /** Returns the field with this JSON name, or null. */
    static RecordField byJsonName(String name) {
        for (RecordField field : values()) {
            if (field.jsonName.equals(name)) {
                return field;
            }
        }
        return null;
    }

    /** Value types of the fields: FLAG is a non-null Boolean, CATEGORY an Integer 1 to 3, the rest text. */
    enum FieldKind { TEXT, FLAG, CODE, CODE_LIST, CATEGORY }
}
