package org.cseprotocol.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the Camunda Forms in {@code forms/} against what Camunda 7.24 Tasklist renders (form-js 1.8,
 * schemaVersion 16) and against the process variables each user task must write.
 */
class FormCatalogueTest {

    static final List<String> TASK_KEYS = List.of("triageReferral", "informPolice", "createCris",
            "categoriseRisk", "shareInformation", "reportBack", "decideThreshold", "reviewNotProceeding",
            "allocateSocialWorker", "holdStrategyMeeting", "completeScreeningTool", "completeSippsWorksheet",
            "completeSingleAssessment", "decideOutcome", "consultCseLeads", "contactHostBorough",
            "escalateOverdue", "holdInitialConference", "acceptStepDown");

    /**
     * Component types the forms may use, all rendered by the form-js 1.8 viewer in the Camunda 7.24 webapp. Left
     * out: buttons, because Tasklist has its own Complete button, expression fields, which submit computed values,
     * and iframes, which load outside pages.
     */
    static final Set<String> RENDERED_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "checklist",
            "radio", "select", "taglist", "datetime", "text", "html", "group", "dynamiclist", "separator",
            "spacer", "image", "table");

    static final int SCHEMA_VERSION = 16;
    static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}");
    static final List<String> SCREENING_CATEGORIES = List.of("Missing", "Education", "Substances",
            "ParentRelationship", "Accommodation", "RecognisesExploitation", "Engagement", "SexualHealth",
            "HealthAndBehaviour", "RiskyAssociations", "SocialMedia");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Path> formFiles() throws IOException {
        return FormFile.all().stream();
    }

    @ParameterizedTest
    @MethodSource("org.cseprotocol.forms.FormCatalogueTest#taskKeys")
    void everyUserTaskHasAForm(String taskKey) {
        assertThat(FormFile.FORMS.resolve(taskKey + FormFile.EXTENSION)).isRegularFile();
    }

    static List<String> taskKeys() {
        return TASK_KEYS;
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void formIsValidJson(Path file) {
        assertThatCode(() -> MAPPER.readTree(Files.readString(file))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void formIdIsTheFileName(Path file) throws IOException {
        FormFile form = FormFile.read(file);

        assertThat(form.root().path("id").asText()).isEqualTo(form.fileId());
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void formTargetsTasklistOfCamunda724(Path file) throws IOException {
        JsonNode root = FormFile.read(file).root();

        assertThat(root.path("schemaVersion").asInt()).isEqualTo(SCHEMA_VERSION);
        assertThat(root.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(root.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
        assertThat(root.path("type").asText()).isEqualTo("default");
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void componentsAreTypesTasklistRenders(Path file) throws IOException {
        List<String> types = FormFile.read(file).components().stream().map(c -> c.path("type").asText()).toList();

        assertThat(types).isNotEmpty().allSatisfy(type -> assertThat(RENDERED_TYPES).contains(type));
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void componentIdsAreUnique(Path file) throws IOException {
        List<String> ids = FormFile.read(file).components().stream().map(c -> c.path("id").asText()).toList();

        assertThat(ids).doesNotContain("").doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void fieldKeysAreUniqueVariableNames(Path file) throws IOException {
        List<String> problems = new ArrayList<>();

        checkKeys(FormFile.read(file).root().path("components"), new HashSet<>(), problems);

        assertThat(problems).isEmpty();
    }

    /** Checks one key scope: the form, or the rows of a dynamic list, whose keys live inside each row. */
    private static void checkKeys(JsonNode components, Set<String> scope, List<String> problems) {
        for (JsonNode component : components) {
            String variable = FormFile.variableOf(component);
            if (variable != null && !VARIABLE_NAME.matcher(variable).matches()) {
                problems.add("not a variable name: '" + variable + "'");
            }
            if (variable != null && !scope.add(variable)) {
                problems.add("duplicate key: " + variable);
            }
            boolean isList = "dynamiclist".equals(component.path("type").asText());
            checkKeys(component.path("components"), isList ? new HashSet<>() : scope, problems);
        }
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void requiredFieldsHaveLabels(Path file) throws IOException {
        List<JsonNode> required = FormFile.read(file).components().stream().filter(FormFile::isRequired).toList();

        assertThat(required).allSatisfy(field -> assertThat(FormFile.labelOf(field))
                .as("label of required field %s", FormFile.variableOf(field)).isNotBlank());
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void choicesHaveLabelsAndValues(Path file) throws IOException {
        List<JsonNode> options = FormFile.read(file).components().stream()
                .filter(component -> component.has("values"))
                .flatMap(component -> stream(component.get("values"))).toList();

        assertThat(options).allSatisfy(option -> {
            assertThat(option.path("label").asText()).isNotBlank();
            assertThat(option.path("value").isValueNode()).as("value of option %s", option).isTrue();
        });
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void hideConditionsAreFeelExpressions(Path file) throws IOException {
        List<String> conditions = FormFile.read(file).components().stream()
                .map(FormFile::hideExpression).filter(condition -> !condition.isEmpty()).toList();

        assertThat(conditions).allSatisfy(condition -> assertThat(condition).startsWith("="));
    }

    /** Forms of the {@code cse-referral} tasks, which each work on one case. */
    static Stream<Path> caseFormFiles() throws IOException {
        return formFiles().filter(file -> TASK_KEYS.contains(FormFile.fileId(file)));
    }

    @ParameterizedTest
    @MethodSource("caseFormFiles")
    void formOpensWithReadOnlyCaseSummary(Path file) throws IOException {
        JsonNode first = FormFile.read(file).root().path("components").path(0);

        assertThat(first.path("type").asText()).isEqualTo("text");
        assertThat(first.path("text").asText()).contains("{{referralId}}");
    }

    @ParameterizedTest
    @MethodSource("keyFields")
    void taskFormHasKeyField(KeyField expected) throws IOException {
        JsonNode field = FormFile.forTask(expected.task()).field(expected.key()).orElse(null);

        assertThat(field).as("field %s in form %s", expected.key(), expected.task()).isNotNull();
        String type = field.path("type").asText();
        assertThat(expected.types()).as("type of %s", expected).contains(type);
        assertThat(FormFile.isRequired(field)).as("%s is required", expected).isEqualTo(expected.required());
        if ("number".equals(type)) {
            List<Object> bounds = expected.values();
            assertThat(field.path("validate").path("min").asInt()).as("min of %s", expected).isEqualTo(bounds.get(0));
            assertThat(field.path("validate").path("max").asInt()).as("max of %s", expected)
                    .isEqualTo(bounds.get(bounds.size() - 1));
        } else if (expected.values() != null) {
            assertThat(optionValues(field)).as("option values of %s", expected)
                    .containsExactlyInAnyOrderElementsOf(expected.values());
        }
        if ("datetime".equals(type)) {
            assertThat(field.path("subtype").asText()).as("subtype of %s", expected).isEqualTo("date");
        }
    }

    /** Returns the static option values of a choice field as Java values (String, Integer, Boolean). */
    private static List<Object> optionValues(JsonNode field) {
        return stream(field.path("values")).map(option -> MAPPER.convertValue(option.get("value"), Object.class))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("conditionalFields")
    void conditionalFieldIsRequiredWhenShown(ConditionalField expected) throws IOException {
        JsonNode field = FormFile.forTask(expected.task()).field(expected.key()).orElseThrow();

        assertThat(FormFile.hideExpression(field)).as("hide condition of %s", expected).contains(expected.dependsOn());
        assertThat(FormFile.isRequired(field)).as("%s is required", expected).isTrue();
    }

    @Test
    void lacGroupHiddenUnlessLookedAfter() throws IOException {
        JsonNode group = FormFile.forTask("holdStrategyMeeting").components().stream()
                .filter(component -> component.path("components").toString().contains("lacStayInPlacement"))
                .filter(component -> "group".equals(component.path("type").asText()))
                .findFirst().orElseThrow();

        assertThat(FormFile.hideExpression(group)).contains("lookedAfter");
    }

    @Test
    void partnerFormShowsOnlyWhatTheAgencyNeeds() throws IOException {
        Set<String> templateVariables = new HashSet<>();
        FormFile.forTask("shareInformation").components().forEach(component -> {
            Matcher template = TEMPLATE.matcher(component.path("text").asText());
            while (template.find()) {
                templateVariables.add(template.group(1).trim());
            }
        });

        assertThat(templateVariables).containsExactlyInAnyOrder("referralId", "childFirstName", "childLastName",
                "childDateOfBirth", "childSchool", "concern");
    }

    @Test
    void sippsWorksheetKeysArePrefixed() throws IOException {
        JsonNode components = FormFile.forTask("completeSippsWorksheet").root().path("components");
        List<String> topLevelKeys = new ArrayList<>();
        collectTopLevelKeys(components, topLevelKeys);

        assertThat(topLevelKeys).isNotEmpty().allSatisfy(key -> assertThat(key).startsWith("sipps"));
    }

    private static void collectTopLevelKeys(JsonNode components, List<String> keys) {
        for (JsonNode component : components) {
            String variable = FormFile.variableOf(component);
            if (variable != null) {
                keys.add(variable);
            }
            if (!"dynamiclist".equals(component.path("type").asText())) {
                collectTopLevelKeys(component.path("components"), keys);
            }
        }
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }

    static List<ConditionalField> conditionalFields() {
        return List.of(
                new ConditionalField("triageReferral", "ragOverrideReason", "ragRatingProposed"),
                new ConditionalField("informPolice", "ragOverrideReason", "ragRatingProposed"),
                new ConditionalField("decideThreshold", "thresholdOverrideReason", "thresholdDecisionProposed"),
                new ConditionalField("decideOutcome", "stepDownOverrideReason", "stepDownToProposed"),
                new ConditionalField("decideOutcome", "cseConcernFlagged", "stepDownTo"),
                new ConditionalField("decideOutcome", "reviewFeeds", "openCase"),
                new ConditionalField("holdStrategyMeeting", "telephoneReason", "meetingFormat"),
                new ConditionalField("holdStrategyMeeting", "lacNotInformingParentsReason", "lacInformParents"));
    }

    static List<KeyField> keyFields() {
        List<KeyField> table = new ArrayList<>();
        for (String task : List.of("triageReferral", "informPolice")) {
            table.add(KeyField.choice(task, "ragRating", "RED", "AMBER", "GREEN").asRequired());
            table.add(KeyField.list(task, "partnerAgencies", "POLICE", "EDUCATION", "HEALTH", "SOCIAL_CARE",
                    "EARLY_HELP", "YOUTH_OFFENDING", "HOUSING", "VOLUNTARY_SECTOR", "OTHER").asRequired());
            table.add(KeyField.checkbox(task, "complexCase"));
            table.add(KeyField.text(task, "triageNotes"));
        }
        table.add(KeyField.checkbox("informPolice", "policeInformed").asRequired());

        table.add(KeyField.text("createCris", "crisReference").asRequired());
        table.add(KeyField.flag("createCris", "crisIsNew"));
        table.add(KeyField.number("categoriseRisk", "policeCategory", 1, 3).asRequired());
        table.add(KeyField.text("categoriseRisk", "categorisationNotes"));
        table.add(KeyField.text("shareInformation", "sharedInformation").asRequired());
        table.add(KeyField.text("reportBack", "reportBackNotes").asRequired());

        table.add(KeyField.choice("decideThreshold", "thresholdDecision", "SECTION_47", "SECTION_17",
                "NOT_PROCEEDING").asRequired());
        table.add(KeyField.flag("reviewNotProceeding", "multiAgencyAgreesNotMet"));
        table.add(KeyField.text("reviewNotProceeding", "reviewNotes").asRequired());
        table.add(KeyField.text("allocateSocialWorker", "allocatedSocialWorker").asRequired());
        table.add(KeyField.text("allocateSocialWorker", "practiceGroup").asRequired());

        addStrategyMeeting(table);
        addScreeningTool(table);

        table.add(KeyField.text("completeSippsWorksheet", "sippsRiskMainConcern").asRequired());
        table.add(KeyField.text("completeSippsWorksheet", "sippsManagementSafetyPlanning").asRequired());
        table.add(KeyField.repeating("completeSippsWorksheet", "sippsNetwork"));
        table.add(KeyField.text("completeSingleAssessment", "assessmentSummary").asRequired());
        table.add(KeyField.choice("completeSingleAssessment", "assessedRisk", "LOW", "MEDIUM", "HIGH").asRequired());
        table.add(KeyField.choice("completeSingleAssessment", "engagement", "ENGAGED", "PARTIALLY_ENGAGED",
                "NOT_ENGAGED").asRequired());
        table.add(KeyField.checkbox("completeSingleAssessment", "planInPlace"));

        table.add(KeyField.list("decideOutcome", "outcomes", "CHILD_IN_NEED_PLAN", "CHILD_PROTECTION_CONFERENCE",
                "SECTION_20_ACCOMMODATION", "CARE_PROCEEDINGS", "STEP_DOWN", "REFER_TO_OTHER_AGENCY", "SIGNPOST")
                .asRequired());
        table.add(KeyField.choice("decideOutcome", "stepDownTo", "NONE", "EARLY_HELP", "SPECIALIST_FAMILY_FOCUS")
                .asRequired());
        table.add(KeyField.list("decideOutcome", "reviewFeeds", "CIN_PLAN_REVIEW", "CORE_GROUP",
                "CP_REVIEW_CONFERENCE", "LAC_REVIEW").asRequired());
        table.add(KeyField.text("decideOutcome", "outcomeNotes"));

        table.add(KeyField.text("consultCseLeads", "consultationNotes").asRequired());
        table.add(KeyField.text("contactHostBorough", "hostBoroughContact").asRequired());
        table.add(KeyField.flag("contactHostBorough", "hostRiskAssessmentStarted"));
        table.add(KeyField.text("escalateOverdue", "escalationNotes").asRequired());
        table.add(KeyField.date("holdInitialConference", "conferenceDate").asRequired());
        table.add(KeyField.flag("holdInitialConference", "childProtectionPlan"));
        table.add(KeyField.flag("acceptStepDown", "earlyHelpAccepted"));
        return table;
    }

    private static void addStrategyMeeting(List<KeyField> table) {
        String task = "holdStrategyMeeting";
        table.add(KeyField.flag(task, "significantHarm"));
        table.add(KeyField.checkbox(task, "sippsRequested"));
        table.add(KeyField.date(task, "strategyMeetingDate").asRequired());
        table.add(KeyField.choice(task, "meetingFormat", "MEETING", "TELEPHONE").asRequired());
        table.add(KeyField.list(task, "attendees", "POLICE", "SCHOOL", "HEALTH", "SOCIAL_CARE", "CP_COORDINATOR",
                "OTHER").asRequired());
        table.add(KeyField.checkbox(task, "policeCategoryShared"));
        for (String agenda : List.of("PerpetratorsAndLocations", "NatureOfConcerns", "RiskToOtherChildren",
                "LikelihoodOfProsecution", "Actions", "SafeguardingPlan", "RecoveryStrategy", "HealthNeeds",
                "Identity")) {
            table.add(KeyField.text(task, "agenda" + agenda).asRequired());
        }
        for (String consideration : List.of("RiskToOtherChildren", "StayInPlacement", "ControlMovements")) {
            table.add(KeyField.text(task, "lac" + consideration).asRequired());
        }
        table.add(KeyField.flag(task, "lacInformParents"));
    }

    private static void addScreeningTool(List<KeyField> table) {
        String task = "completeScreeningTool";
        for (String category : SCREENING_CATEGORIES) {
            table.add(KeyField.number(task, "screening" + category, 1, 5).asRequired());
            table.add(KeyField.checkbox(task, "screening" + category + "Concern"));
            table.add(KeyField.text(task, "screening" + category + "Comment"));
        }
        table.add(KeyField.text(task, "youngPersonWishes").asRequired());
        table.add(KeyField.text(task, "partnersInformation"));
        for (String summary : List.of("Concerns", "NextSteps", "WhoWillHelp", "Timescale")) {
            table.add(KeyField.text(task, "summary" + summary).asRequired());
        }
        table.add(KeyField.checkbox(task, "sippsRequested"));
    }

    /** A conditional field: hidden by a FEEL condition on {@code dependsOn}, required whenever shown. */
    record ConditionalField(String task, String key, String dependsOn) {

        @Override
        public String toString() {
            return task + "." + key;
        }
    }

    /**
     * A field a task's form must have: the component types that may render it, the option values it must offer
     * (for a number field, its minimum and maximum), and whether it is required.
     */
    record KeyField(String task, String key, Set<String> types, List<Object> values, boolean required) {

        static KeyField text(String task, String key) {
            return new KeyField(task, key, Set.of("textfield", "textarea"), null, false);
        }

        static KeyField checkbox(String task, String key) {
            return new KeyField(task, key, Set.of("checkbox"), null, false);
        }

        /**
         * Expects a Boolean asked as a required yes/no radio with the values true and false. A checkbox cannot
         * do this, because form-js rejects an unticked required checkbox.
         */
        static KeyField flag(String task, String key) {
            return new KeyField(task, key, Set.of("radio"), List.of(true, false), true);
        }

        static KeyField choice(String task, String key, Object... values) {
            return new KeyField(task, key, Set.of("radio", "select"), List.of(values), false);
        }

        static KeyField list(String task, String key, Object... values) {
            return new KeyField(task, key, Set.of("checklist", "taglist"), List.of(values), false);
        }

        /** Expects an Integer: a number field with these bounds, or a radio or select offering exactly them. */
        static KeyField number(String task, String key, int min, int max) {
            List<Object> range = IntStream.rangeClosed(min, max).boxed().map(Object.class::cast).toList();
            return new KeyField(task, key, Set.of("number", "radio", "select"), range, false);
        }

        static KeyField date(String task, String key) {
            return new KeyField(task, key, Set.of("datetime"), null, false);
        }

        static KeyField repeating(String task, String key) {
            return new KeyField(task, key, Set.of("dynamiclist"), null, false);
        }

        KeyField asRequired() {
            return new KeyField(task, key, types, values, true);
        }

        @Override
        public String toString() {
            return task + "." + key;
        }
    }
}
