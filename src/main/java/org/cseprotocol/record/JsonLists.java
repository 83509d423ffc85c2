package org.cseprotocol.record;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads a list of codes from a process variable, which may be a Camunda Spin JSON array (what Camunda Forms and
 * the REST API submit), a Java collection, or JSON text.
 */
public final class JsonLists {

    private JsonLists() {
    }

    /** Returns the non-blank items as strings, or an empty list for null. */
    public static List<String> strings(Object value) {
        List<String> items = new ArrayList<>();
        if (value instanceof String text && text.trim().startsWith("[")) {
            value = Spin.JSON(text);
        }
        if (value instanceof SpinJsonNode node && node.isArray()) {
            node.elements().forEach(element -> items.add(element.isString() ? element.stringValue()
                    : element.toString()));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(item -> items.add(String.valueOf(item)));
        } else if (value != null) {
            throw new IllegalArgumentException("Invalid list variable of type " + value.getClass().getSimpleName()
                    + ": expected a JSON array or a Java collection");
        }
        return items.stream().filter(item -> item != null && !item.isBlank() && !"null".equals(item)).toList();
    }
}
