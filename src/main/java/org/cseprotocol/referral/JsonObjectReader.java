package org.cseprotocol.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object and adds a {@link FieldError}, under the field's JSON path, for each value
 * that is missing or of the wrong type, so that one pass over a request body finds every error.
 *
 * <p>A reader for an object that is itself missing or invalid returns null from every read and adds no errors,
 * because the error on the object already covers its fields.
 */
final class JsonObjectReader {

    private final JsonNode node;
    private final String path;
    private final List<FieldError> errors;

    private JsonObjectReader(JsonNode node, String path, List<FieldError> errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    static JsonObjectReader ofBody(JsonNode body, List<FieldError> errors) {
        if (body == null || !body.isObject()) {
            errors.add(new FieldError("$", "must be a JSON object that describes one referral"));
            return new JsonObjectReader(null, "", errors);
        }
        return new JsonObjectReader(body, "", errors);
    }

    boolean isPresent() {
        return node != null;
    }

    /** Returns whether the field was sent with a value other than null, whatever its type. */
    boolean isSent(String name) {
        return node != null && node.hasNonNull(name);
    }

    String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    void reject(String name, String message) {
        errors.add(new FieldError(pathOf(name), message));
    }

    boolean hasError(String name) {
        String fieldPath = pathOf(name);
        return errors.stream().anyMatch(error -> error.field().equals(fieldPath));
    }

    JsonObjectReader requiredObject(String name) {
        return read(name, "is required and must be a JSON object").map(value -> object(name, value))
                .orElseGet(() -> new JsonObjectReader(null, pathOf(name), errors));
    }

    JsonObjectReader optionalObject(String name) {
        return read(name, null).map(value -> object(name, value))
                .orElseGet(() -> new JsonObjectReader(null, pathOf(name), errors));
    }

    String requiredText(String name, int maxLength) {
        String text = read(name, "is required").map(value -> text(name, value, maxLength)).orElse(null);
        if ("".equals(text)) {
            reject(name, "must not be blank");
            return null;
        }
        return text;
    }

    /** Returns the trimmed text, or null when the field is missing, null or blank. */
    String optionalText(String name, int maxLength) {
        String text = read(name, null).map(value -> text(name, value, maxLength)).orElse(null);
        return "".equals(text) ? null : text;
    }

    Boolean requiredFlag(String name) {
        Optional<JsonNode> value = read(name, "is required and must be true or false");
        if (value.isPresent() && !value.get().isBoolean()) {
            reject(name, "must be true or false");
            return null;
        }
        return value.map(JsonNode::booleanValue).orElse(null);
    }

    <E extends Enum<E>> E requiredCode(String name, Class<E> type) {
        return read(name, "is required; allowed values: " + EnumCodes.allowedValues(type))
                .map(value -> EnumCodes.parse(pathOf(name), value, type, errors)).orElse(null);
    }

    /**
     * Returns the distinct codes in the order sent. A missing or null list is empty. A list longer than the number
     * of allowed values is rejected as a whole, so that a huge list cannot make a huge error response.
     */
    <E extends Enum<E>> List<E> codeList(String name, Class<E> type) {
        Optional<JsonNode> value = read(name, null);
        if (value.isPresent() && !value.get().isArray()) {
            reject(name, "must be a JSON array of strings; allowed values: " + EnumCodes.allowedValues(type));
            return List.of();
        }
        int maxItems = type.getEnumConstants().length;
        if (value.isPresent() && value.get().size() > maxItems) {
            reject(name, "must have at most " + maxItems + " items, but has " + value.get().size());
            return List.of();
        }
        Set<E> codes = new LinkedHashSet<>();
        JsonNode items = value.orElse(null);
        for (int index = 0; items != null && index < items.size(); index++) {
            E code = EnumCodes.parse(pathOf(name) + "[" + index + "]", items.get(index), type, errors);
            if (code != null) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    LocalDate requiredDate(String name) {
        String expected = "must be a date in the form yyyy-MM-dd, e.g. 2011-05-14";
        return read(name, "is required and " + expected).map(value -> parse(name, value, expected, LocalDate::parse))
                .orElse(null);
    }

    Instant requiredInstant(String name) {
        String expected = "must be an ISO-8601 instant with a UTC offset, e.g. 2026-03-02T10:15:00Z";
        return read(name, "is required and " + expected).map(value -> parse(name, value, expected, Instant::parse))
                .orElse(null);
    }

    Integer requiredWholeNumber(String name, int lowest, int highest) {
        String expected = "must be a whole number from " + lowest + " to " + highest;
        Optional<JsonNode> value = read(name, "is required and " + expected);
        boolean inRange = value.map(number -> number.isIntegralNumber() && number.canConvertToInt()
                && number.intValue() >= lowest && number.intValue() <= highest).orElse(true);
        if (!inRange) {
            reject(name, expected);
            return null;
        }
        return value.map(JsonNode::intValue).orElse(null);
    }

    void rejectUnknownFields(Collection<String> knownFields) {
        if (node == null) {
            return;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!knownFields.contains(name)) {
                reject(name, "is not a known field; allowed fields here: " + String.join(", ", knownFields));
            }
        });
    }

    /** Returns the value, or empty after adding {@code missingMessage} (when not null) if it is missing or null. */
    private Optional<JsonNode> read(String name, String missingMessage) {
        if (node == null) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (missingMessage != null) {
                reject(name, missingMessage);
            }
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private JsonObjectReader object(String name, JsonNode value) {
        if (!value.isObject()) {
            reject(name, "must be a JSON object");
            return new JsonObjectReader(null, pathOf(name), errors);
        }
        return new JsonObjectReader(value, pathOf(name), errors);
    }

    private String text(String name, JsonNode value, int maxLength) {
        if (!value.isTextual()) {
            reject(name, "must be a JSON string");
            return null;
        }
        String text = value.textValue().strip();
        if (text.length() > maxLength) {
            reject(name, "must be at most " + maxLength + " characters, but has " + text.length());
            return null;
        }
        if (text.codePoints().anyMatch(JsonObjectReader::isHiddenControl)) {
            reject(name, "contains a control or text-direction character; send plain text (line breaks and tabs"
                    + " are allowed)");
            return null;
        }
        return text;
    }

    /**
     * Returns whether a character is a control character other than a line break or tab, or a bidirectional
     * override that can make a name read differently on screen. PostgreSQL also rejects the NUL character in text.
     */
    private static boolean isHiddenControl(int codePoint) {
        boolean control = Character.getType(codePoint) == Character.CONTROL
                && codePoint != '\n' && codePoint != '\r' && codePoint != '\t';
        boolean directionOverride = (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069);
        return control || directionOverride;
    }

    private <T> T parse(String name, JsonNode value, String expected, Function<String, T> parser) {
        try {
            return parser.apply(value.asText());
        } catch (DateTimeParseException e) {
            reject(name, expected);
            return null;
        }
    }
}
