package org.cseprotocol.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.InformationRequirement;
import org.camunda.bpm.model.dmn.instance.InputData;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.TextAnnotation;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DecisionFileTest {

    static List<String> decisionKeys() {
        return Arrays.stream(CseDecision.values()).map(CseDecision::key).toList();
    }

    @Test
    void dmnEngineParsesTheFiveDecisions() {
        assertThat(DecisionTables.get().decisions()).containsOnlyKeys(decisionKeys());
    }

    @Test
    void fileUsesTheDmn13Namespace() {
        assertThat(DecisionFile.model().getDefinitions().getDomElement().getNamespaceURI())
                .isEqualTo("https://www.omg.org/spec/DMN/20191111/MODEL/");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionKeys")
    void tableUsesHitPolicyFirst(String key) {
        assertThat(DecisionFile.table(key).getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionKeys")
    void lastRuleMatchesEverything(String key) {
        List<Rule> rules = DecisionFile.rules(key);
        Rule last = rules.get(rules.size() - 1);

        assertThat(last.getInputEntries()).extracting(InputEntry::getTextContent).allMatch(String::isEmpty);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionKeys")
    void everyRuleExplainsItself(String key) {
        assertThat(DecisionFile.rules(key)).allSatisfy(rule ->
                assertThat(rule.getDescription().getTextContent()).as(rule.getId()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionKeys")
    void tableHasAValueAndAReason(String key) {
        List<String> outputs = DecisionFile.table(key).getOutputs().stream().map(Output::getName).toList();

        assertThat(outputs).hasSize(2);
        assertThat(outputs.get(0)).isEqualTo(CseDecision.byKey(key).orElseThrow().valueVariable());
        assertThat(outputs.get(1)).endsWith("Reason");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionKeys")
    void decisionsAreLinkedOnlyThroughInputData(String key) {
        Decision decision = DecisionFile.model().getModelElementById(key);

        // The model API returns requiredInput with the wrong type, so the DOM names the link's kind.
        assertThat(decision.getInformationRequirements()).isNotEmpty().allSatisfy(requirement ->
                assertThat(requirement.getDomElement().getChildElements())
                        .extracting(DomElement::getLocalName)
                        .containsExactly("requiredInput"));
    }

    @Test
    void diagramDrawsEveryDecisionInputAndRequirement() {
        Set<String> drawn = DecisionFile.model().getDefinitions().getDomElement().getChildElements().stream()
                .filter(element -> element.getLocalName().equals("DMNDI"))
                .flatMap(dmndi -> dmndi.getChildElements().stream())
                .flatMap(diagram -> diagram.getChildElements().stream())
                .map(shape -> shape.getAttribute("dmnElementRef"))
                .collect(Collectors.toSet());

        assertThat(drawn).containsAll(idsOf(Decision.class)).containsAll(idsOf(InputData.class))
                .containsAll(idsOf(InformationRequirement.class)).containsAll(idsOf(TextAnnotation.class));
    }

    private static List<String> idsOf(Class<? extends ModelElementInstance> type) {
        return DecisionFile.model().getModelElementsByType(type).stream()
                .map(element -> element.getAttributeValue("id"))
                .toList();
    }
}
