package org.cseprotocol.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

/**
 * One row of a parameterised table test: the inputs (a baseline with a few changes), the rule expected to match
 * and the value it should propose.
 */
record TableCase(String name, String decisionKey, Map<String, Object> variables, String ruleId, Object value) {

    static Builder of(String name, String decisionKey, Map<String, Object> baseline) {
        return new Builder(name, decisionKey, new HashMap<>(baseline));
    }

    /** Evaluates the table and checks the rule, the proposed value and that a reason is given. */
    void check(String valueOutput, String reasonOutput) {
        DecisionTables.Evaluation evaluation = DecisionTables.get().evaluate(decisionKey, variables);

        assertThat(evaluation.ruleId()).as("rule that answered").isEqualTo(ruleId);
        assertThat(evaluation.output(valueOutput)).as(valueOutput).isEqualTo(value);
        assertThat((String) evaluation.output(reasonOutput)).as(reasonOutput).isNotBlank();
    }

    @Override
    public String toString() {
        return name;
    }

    static final class Builder {

        private final String name;
        private final String decisionKey;
        private final Map<String, Object> variables;

        private Builder(String name, String decisionKey, Map<String, Object> variables) {
            this.name = name;
            this.decisionKey = decisionKey;
            this.variables = variables;
        }

        Builder with(String variable, Object value) {
            variables.put(variable, value);
            return this;
        }

        TableCase expects(String ruleId, Object value) {
            return new TableCase(name, decisionKey, variables, ruleId, value);
        }
    }
}
