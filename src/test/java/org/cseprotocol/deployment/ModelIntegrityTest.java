package org.cseprotocol.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the models as an administrator leaves them in {@code processes/}, {@code dmn/} and {@code forms/}: every
 * form and decision a process names exists, and every element has its place in the diagram.
 */
class ModelIntegrityTest {

    static Stream<Path> processes() throws IOException {
        return files("processes", ".bpmn").stream();
    }

    @ParameterizedTest
    @MethodSource("processes")
    void everyFormRefNamesAFormInTheFormsFolder(Path file) throws IOException {
        Set<String> formIds = formIds();

        for (UserTask task : model(file).getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormRef()).as("formRef of %s", task.getId()).isIn(formIds);
            assertThat(task.getCamundaFormRefBinding()).as("formRefBinding of %s", task.getId()).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("processes")
    void everyDecisionRefNamesADecisionInTheDmnFolder(Path file) throws IOException {
        Set<String> decisionKeys = decisionKeys();

        for (BusinessRuleTask task : model(file).getModelElementsByType(BusinessRuleTask.class)) {
            assertThat(task.getCamundaDecisionRef()).as("decisionRef of %s", task.getId()).isIn(decisionKeys);
        }
    }

    @ParameterizedTest
    @MethodSource("processes")
    void everyElementHasADiagramShapeAndAName(Path file) {
        BpmnModelInstance model = model(file);
        Set<String> drawn = Stream.concat(
                model.getModelElementsByType(BpmnShape.class).stream().map(BpmnShape::getBpmnElement),
                model.getModelElementsByType(BpmnEdge.class).stream().map(BpmnEdge::getBpmnElement))
                .map(BaseElement::getId).collect(Collectors.toSet());

        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            assertThat(drawn).as("diagram element for %s", element.getId()).contains(element.getId());
            assertThat(element.getId()).as("readable id").matches("[a-z][A-Za-z0-9]+");
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            boolean asksNoQuestion = node instanceof ParallelGateway
                    || node instanceof Gateway && node.getOutgoing().size() == 1;
            if (!asksNoQuestion) {
                assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("processes")
    void everyProcessKeepsHistoryForALimitedTime(Path file) {
        for (Process process : model(file).getModelElementsByType(Process.class)) {
            assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive of %s", process.getId())
                    .isNotBlank();
        }
    }

    private static BpmnModelInstance model(Path file) {
        return Bpmn.readModelFromFile(file.toFile());
    }

    private static Set<String> formIds() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Set<String> ids = new HashSet<>();
        for (Path form : files("forms", ".form")) {
            ids.add(mapper.readTree(form.toFile()).path("id").asText());
        }
        return ids;
    }

    private static Set<String> decisionKeys() throws IOException {
        return files("dmn", ".dmn").stream()
                .map(Path::toFile)
                .map(Dmn::readModelFromFile)
                .map(model -> model.getModelElementsByType(Decision.class))
                .flatMap(Collection::stream)
                .map(Decision::getId)
                .collect(Collectors.toSet());
    }

    private static List<Path> files(String folder, String extension) throws IOException {
        try (Stream<Path> paths = Files.list(new File(folder).toPath())) {
            return paths.filter(path -> path.toString().endsWith(extension)).sorted().toList();
        }
    }
}
