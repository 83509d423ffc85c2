package org.cseprotocol.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.variable.VariableMap;
import org.cseprotocol.referral.TestStartVariables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks that every variable the process and the decision tables read has a writer: a form field, the intake API
 * at the start, or the process itself. Each writer must give the variable the kind of value its readers need.
 */
class FormVariablesTest {

    /**
     * Variables the application's beans read from the case, by bean name, for the beans the process calls. Kept
     * by hand from each bean's code, so a new bean in the model fails the test until it is listed here.
     */
    static final Map<String, Map<String, VariableKind>> BEAN_READS = beanReads();

    /**
     * Variables that Java code of the process writes, with the code that writes them. Expressions of the model
     * ({@code execution.setVariable}), multi-instance element variables and table outputs are read from the models.
     */
    static final Map<String, Written> WRITTEN_BY_BEANS = writtenByBeans();

    private static Map<String, List<VariableKind>> writers;

    @BeforeAll
    static void collectWriters() throws IOException {
        writers = new LinkedHashMap<>();
        for (Path file : FormFile.all()) {
            for (JsonNode field : FormFile.read(file).variableFields()) {
                String variable = FormFile.variableOf(field);
                addWriter(variable, VariableKind.ofFormValue(FormValueTypes.all().get(variable)));
            }
        }
        VariableMap start = TestStartVariables.ofSampleReferral();
        start.keySet().forEach(name -> addWriter(name, VariableKind.ofValue(start.getValueTyped(name))));
        ModelReads.processWrites().forEach(FormVariablesTest::addWriter);
        ModelReads.decisionWrites().forEach(FormVariablesTest::addWriter);
        ModelReads.decisionWrites().keySet().stream()
                .filter(output -> Set.of("ragRating", "thresholdDecision", "stepDownTo").contains(output))
                .forEach(output -> addWriter(output + "Proposed", VariableKind.STRING));
        WRITTEN_BY_BEANS.forEach((name, written) -> addWriter(name, written.kind()));
    }

    private static void addWriter(String variable, VariableKind kind) {
        writers.computeIfAbsent(variable, name -> new ArrayList<>()).add(kind);
    }

    @Test
    void everyVariableTheProcessReadsIsWritten() throws IOException {
        List<ModelReads.Read> reads = allReads();

        assertThat(reads).hasSizeGreaterThan(40).allSatisfy(read -> assertThat(writers)
                .as("writers of %s, read by %s", read.variable(), read.where()).containsKey(read.variable()));
    }

    @Test
    void writersGiveTheKindReadersNeed() throws IOException {
        List<ModelReads.Read> typedReads = allReads().stream().filter(read -> read.kind() != null).toList();

        assertThat(typedReads).allSatisfy(read -> assertThat(writers.get(read.variable()))
                .as("kinds written to %s, which %s reads as %s", read.variable(), read.where(), read.kind())
                .isNotEmpty().containsOnly(read.kind()));
    }

    @Test
    void writersOfVariableAgreeOnKind() {
        assertThat(writers).allSatisfy((variable, kinds) -> assertThat(Set.copyOf(kinds))
                .as("kinds written to %s by forms, the intake API and the process", variable).hasSize(1));
    }

    @Test
    void everyBeanTheProcessCallsIsListed() throws IOException {
        Set<String> called = ModelReads.delegateBeans();

        assertThat(called).isNotEmpty();
        assertThat(BEAN_READS).as("beans with their variables listed in BEAN_READS")
                .containsKeys(called.toArray(String[]::new));
    }

    @Test
    void readsIncludeTheKnownGatewaysTimersAndTables() throws IOException {
        List<String> described = allReads().stream().map(read -> read.variable() + ":" + read.kind()).toList();

        assertThat(described).contains("significantHarm:BOOLEAN", "thresholdDecision:STRING", "receivedAt:DATE",
                "strategyMeetingHeldAt:DATE", "responseWorkingHours:INTEGER", "outcomes:LIST",
                "strategyMeetingDate:DATE", "policeCategory:INTEGER", "planInPlace:BOOLEAN", "assessedRisk:STRING");
    }

    private static List<ModelReads.Read> allReads() throws IOException {
        Set<String> beans = ModelReads.beanNames();
        List<ModelReads.Read> reads = new ArrayList<>(ModelReads.processReads(beans));
        reads.addAll(ModelReads.decisionReads());
        for (String bean : ModelReads.delegateBeans()) {
            BEAN_READS.getOrDefault(bean, Map.of()).forEach((variable, kind) ->
                    reads.add(new ModelReads.Read(variable, "bean " + bean, kind)));
        }
        return reads;
    }

    private static Map<String, Map<String, VariableKind>> beanReads() {
        Map<String, Map<String, VariableKind>> reads = new LinkedHashMap<>();
        for (String bean : List.of("decisionVersions", "decisionProposals", "stepDownToEarlyHelp", "sharingStart",
                "crisCreation", "missedDeadlines")) {
            reads.put(bean, Map.of());
        }
        reads.put("decisionInputs", decisionInputReads());
        Map<String, VariableKind> overrides = new LinkedHashMap<>();
        for (String decision : List.of("ragRating", "thresholdDecision", "stepDownTo")) {
            overrides.put(decision, VariableKind.STRING);
            overrides.put(decision + "Proposed", VariableKind.STRING);
        }
        for (String reason : List.of("ragOverrideReason", "thresholdOverrideReason", "stepDownOverrideReason",
                "referralId")) {
            overrides.put(reason, VariableKind.STRING);
        }
        reads.put("decisionOverrides", overrides);
        reads.put("partnerResponseCollector", Map.of("partnerAgency", VariableKind.STRING,
                "sharedInformation", VariableKind.STRING, "partnerResponses", VariableKind.LIST));
        reads.put("strategyMeetingChair", Map.of("allocatedSocialWorker", VariableKind.STRING,
                "complexCase", VariableKind.BOOLEAN));
        reads.put("strategyMeetingHeld", Map.of("strategyMeetingDate", VariableKind.DATE));
        reads.put("cseRecordUpdate", recordReads());
        return reads;
    }

    /** Reads of {@code cseRecordUpdate}, which copies the case's facts into the central CSE record. */
    private static Map<String, VariableKind> recordReads() {
        Map<String, VariableKind> reads = new LinkedHashMap<>();
        for (String text : List.of("referralId", "childFirstName", "childLastName", "childDateOfBirth", "childGender",
                "childSchool", "allocatedSocialWorker", "practiceGroup", "crisReference", "ragRating", "stepDownTo",
                "hostBorough", "assessedRisk")) {
            reads.put(text, VariableKind.STRING);
        }
        for (String list : List.of("outcomes", "exploitationTypes", "indicators", "reviewFeeds")) {
            reads.put(list, VariableKind.LIST);
        }
        for (String flag : List.of("lookedAfter", "openCase", "currentlyMissing", "childProtectionPlan")) {
            reads.put(flag, VariableKind.BOOLEAN);
        }
        reads.put("policeCategory", VariableKind.INTEGER);
        reads.put("receivedAt", VariableKind.DATE);
        return reads;
    }

    /** Reads of {@code decisionInputs}, which turns the case's grades and lists into the tables' inputs. */
    private static Map<String, VariableKind> decisionInputReads() {
        Map<String, VariableKind> reads = new LinkedHashMap<>();
        reads.put("childAge", VariableKind.INTEGER);
        FormValueTypes.SCREENING_CATEGORIES.forEach(category -> reads.put("screening" + category,
                VariableKind.INTEGER));
        reads.put("indicators", VariableKind.LIST);
        reads.put("exploitationTypes", VariableKind.LIST);
        reads.put("vulnerabilities", VariableKind.LIST);
        reads.put("policeCategory", VariableKind.INTEGER);
        return reads;
    }

    private static Map<String, Written> writtenByBeans() {
        Map<String, Written> written = new LinkedHashMap<>();
        String inputs = "decisionInputs computes it from the case before every business rule task";
        for (String flag : List.of("learningDisability", "signsOfSexualActivity", "organisedExploitation",
                "familialExploitation")) {
            written.put(flag, new Written(VariableKind.BOOLEAN, inputs));
        }
        for (String count : List.of("ageInYears", "sexualHealthGrade", "screeningGradedCount",
                "screeningConcernCount", "screeningHighCount", "screeningTopCount", "indicatorCount",
                "vulnerabilityCount", "policeCategoryLevel")) {
            written.put(count, new Written(VariableKind.INTEGER, inputs));
        }
        written.put("sharingStarted", new Written(VariableKind.BOOLEAN, "sharingStart sets it when sharing starts"));
        written.put("sharingStartedAt", new Written(VariableKind.DATE, "sharingStart sets it when sharing starts"));
        written.put("crisCreatedAt", new Written(VariableKind.DATE, "crisCreation sets it when createCris completes"));
        written.put("strategyMeetingHeldAt", new Written(VariableKind.DATE,
                "strategyMeetingHeld sets it from strategyMeetingDate when holdStrategyMeeting completes"));
        written.put("partnerResponses", new Written(VariableKind.LIST,
                "partnerResponseCollector adds each agency's answer when shareInformation completes"));
        written.put("missedDeadline", new Written(VariableKind.STRING,
                "missedDeadlines sets it to the timer's name when a deadline passes"));
        written.put("stepDownTo", new Written(VariableKind.STRING, "stepDownToEarlyHelp sets EARLY_HELP"));
        written.put("cseConcernFlagged", new Written(VariableKind.BOOLEAN, "stepDownToEarlyHelp sets it"));
        written.put("outcomes", new Written(VariableKind.LIST, "stepDownToEarlyHelp sets [STEP_DOWN]"));
        return written;
    }

    /** A variable that Java code of the process writes, and which code. */
    record Written(VariableKind kind, String writer) {
    }
}
