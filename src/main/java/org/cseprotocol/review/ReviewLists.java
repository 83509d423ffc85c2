package org.cseprotocol.review;

import java.util.ArrayList;
import java.util.List;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.cseprotocol.record.JsonLists;
import org.springframework.stereotype.Component;

/**
 * Turns the JSON list variables of {@code cse-operational-review} into the collections its multi-instance tasks
 * loop over, as {@code ${reviewLists.strings(reviewWorkers)}} and {@code ${reviewLists.items(reviewOutcomes)}}.
 */
@Component("reviewLists")
public class ReviewLists {

    /** Returns the items of a list of strings. */
    public List<String> strings(Object list) {
        return JsonLists.strings(list);
    }

    /** Returns the elements of a JSON array, each as a JSON node; an element becomes a Json variable. */
    public List<SpinJsonNode> items(Object list) {
        List<SpinJsonNode> items = new ArrayList<>();
        if (list == null) {
            return items;
        }
        SpinJsonNode array = list instanceof SpinJsonNode node ? node : Spin.JSON(list);
        if (array.isArray()) {
            items.addAll(array.elements());
        }
        return items;
    }

    static JsonValue json(Object value) {
        return SpinValues.jsonValue(Spin.JSON(value)).create();
    }
}
