package org.cseprotocol.forms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Camunda Form file (form-js JSON) read from the top-level {@code forms/} folder, with its components
 * flattened depth-first.
 */
record FormFile(Path path, JsonNode root) {

    static final Path FORMS = Path.of("forms");
    static final String EXTENSION = ".form";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static List<Path> all() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            return files.filter(file -> file.getFileName().toString().endsWith(EXTENSION)).sorted().toList();
        }
    }

    static FormFile read(Path path) throws IOException {
        return new FormFile(path, MAPPER.readTree(path.toFile()));
    }

    static FormFile forTask(String taskKey) throws IOException {
        return read(FORMS.resolve(taskKey + EXTENSION));
    }

    String fileId() {
        return fileId(path);
    }

    static String fileId(Path path) {
        String name = path.getFileName().toString();
        return name.substring(0, name.length() - EXTENSION.length());
    }

    List<JsonNode> components() {
        List<JsonNode> all = new ArrayList<>();
        collect(root.path("components"), all);
        return all;
    }

    /**
     * Returns the components that write a variable of their own: keyed fields and dynamic lists, but not the fields
     * inside a dynamic list, whose values live in the list's rows.
     */
    List<JsonNode> variableFields() {
        List<JsonNode> fields = new ArrayList<>();
        collectVariableFields(root.path("components"), fields);
        return fields;
    }

    private static void collectVariableFields(JsonNode components, List<JsonNode> fields) {
        for (JsonNode component : components) {
            if (variableOf(component) != null) {
                fields.add(component);
            }
            if (!"dynamiclist".equals(component.path("type").asText())) {
                collectVariableFields(component.path("components"), fields);
            }
        }
    }

    /** Returns the component that reads and writes the variable: a keyed field, or a dynamic list by path. */
    Optional<JsonNode> field(String variable) {
        return components().stream().filter(component -> variable.equals(variableOf(component))).findFirst();
    }

    /** Returns the variable a component writes, or null for components that write none (text, group). */
    static String variableOf(JsonNode component) {
        if (component.hasNonNull("key")) {
            return component.get("key").asText();
        }
        if ("dynamiclist".equals(component.path("type").asText()) && component.hasNonNull("path")) {
            return component.get("path").asText();
        }
        return null;
    }

    static String labelOf(JsonNode component) {
        String label = component.path("label").asText("");
        return label.isBlank() ? component.path("dateLabel").asText("") : label;
    }

    static boolean isRequired(JsonNode component) {
        return component.path("validate").path("required").asBoolean(false);
    }

    static String hideExpression(JsonNode component) {
        return component.path("conditional").path("hide").asText("");
    }

    private static void collect(JsonNode components, List<JsonNode> all) {
        for (JsonNode component : components) {
            all.add(component);
            collect(component.path("components"), all);
        }
    }
}
