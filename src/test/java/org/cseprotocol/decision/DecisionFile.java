package org.cseprotocol.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;

/** Reads {@code dmn/cse-decisions.dmn} as a DMN model, to check its structure rather than its results. */
final class DecisionFile {

    private static final DmnModelInstance MODEL = read();

    private DecisionFile() {
    }

    static DmnModelInstance model() {
        return MODEL;
    }

    static DecisionTable table(String decisionKey) {
        Decision decision = MODEL.getModelElementById(decisionKey);
        return (DecisionTable) decision.getExpression();
    }

    static List<Rule> rules(String decisionKey) {
        return List.copyOf(table(decisionKey).getRules());
    }

    static List<String> ruleIds(String decisionKey) {
        return rules(decisionKey).stream().map(Rule::getId).toList();
    }

    private static DmnModelInstance read() {
        try (InputStream dmn = DecisionFile.class.getClassLoader().getResourceAsStream(DecisionTables.RESOURCE)) {
            return Dmn.readModelFromStream(dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
