package org.cseprotocol.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * Evaluates {@code dmn/cse-decisions.dmn} from the classpath with the plain DMN engine (no process engine, no
 * Spring) and records which rule matched, so tests can check that each rule is reachable.
 */
final class DecisionTables {

    static final String RESOURCE = "dmn/cse-decisions.dmn";

    private static final DecisionTables INSTANCE = new DecisionTables();

    private final ThreadLocal<List<String>> matchedRules = new ThreadLocal<>();
    private final Map<String, DmnDecision> decisions;
    private final DmnEngine engine;

    private DecisionTables() {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionEvaluationListeners(List.of(new RuleRecorder()));
        engine = configuration.buildEngine();
        try (InputStream dmn = DecisionTables.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (dmn == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath; run the tests with Maven");
            }
            decisions = engine.parseDecisions(dmn).stream()
                    .collect(Collectors.toMap(DmnDecision::getKey, Function.identity()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DecisionTables get() {
        return INSTANCE;
    }

    Map<String, DmnDecision> decisions() {
        return decisions;
    }

    /** Evaluates one table; {@code null} values in the map are passed as variables set to null. */
    Evaluation evaluate(String decisionKey, Map<String, Object> variables) {
        DmnDecision decision = decisions.get(decisionKey);
        DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, new HashMap<>(variables))
                .getSingleResult();
        List<String> rules = matchedRules.get();
        if (rules.size() != 1) {
            throw new AssertionError("Expected one matching rule (hit policy FIRST) but got " + rules);
        }
        return new Evaluation(result.getEntryMap(), rules.get(0));
    }

    record Evaluation(Map<String, Object> outputs, String ruleId) {

        Object output(String name) {
            return outputs.get(name);
        }
    }

    private final class RuleRecorder implements DmnDecisionEvaluationListener {

        @Override
        public void notify(DmnDecisionEvaluationEvent event) {
            DmnDecisionTableEvaluationEvent table = (DmnDecisionTableEvaluationEvent) event.getDecisionResult();
            matchedRules.set(table.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList());
        }
    }
}
