package org.cseprotocol.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.cseprotocol.record.CaseFacts;
import org.cseprotocol.record.CaseRecording;
import org.cseprotocol.record.CseRecordService;
import org.cseprotocol.record.RecordField;
import org.cseprotocol.record.RecordReason;

/**
 * Fictional cases and record entries whose figures are known, for March 2026 (and one case for April). A stub of
 * {@code cse-referral} with the real model's deadline steps (triage, CRIS, one information-sharing task per
 * agency with a boundary timer) is deployed as the newest version, and each task is completed at a set time on
 * the engine clock. See {@link ReportFiguresTest} for the figures these cases give.
 */
final class KnownCases {

    static final Instant REPORT_TIME = Instant.parse("2026-04-02T12:00:00Z");

    private final ProcessEngine engine;
    private final CaseRecording recording;
    private final CseRecordService records;

    KnownCases(ProcessEngine engine, CaseRecording recording, CseRecordService records) {
        this.engine = engine;
        this.recording = recording;
        this.records = records;
    }

    void create() {
        deployStub();
        // A: a CAF, red, currently missing; CRIS late, health on time, education late.
        ProcessInstance a = start("A", "2026-03-02T10:00:00Z", "CAF", "EDUCATION", "RED", 1, "2026-03-03T10:00:00Z",
                "2026-03-03T12:00:00Z", "2026-03-02T17:00:00Z", List.of("HEALTH", "EDUCATION"),
                List.of("BOYFRIEND_MODEL", "ONLINE"), List.of("GOING_MISSING"), true,
                List.of("CHILD_PROTECTION_CONFERENCE"), "NONE");
        complete(a, "triageReferral", null, "2026-03-02T15:00:00Z");
        complete(a, "createCris", null, "2026-03-04T09:00:00Z");
        complete(a, "shareInformation", "HEALTH", "2026-03-02T16:00:00Z");
        complete(a, "shareInformation", "EDUCATION", "2026-03-03T10:00:00Z");

        // B: a Merlin, amber, stepped down to Early Help; triage done exactly at its deadline, the rest left open.
        ProcessInstance b = start("B", "2026-03-10T09:00:00Z", "MERLIN", "POLICE", "AMBER", 2,
                "2026-03-11T09:00:00Z", "2026-03-11T12:00:00Z", "2026-03-10T17:00:00Z", List.of("HEALTH"),
                List.of("PEER_ON_PEER"), List.of("MISSING_EDUCATION"), false, List.of("STEP_DOWN"), "EARLY_HELP");
        complete(b, "triageReferral", null, "2026-03-11T09:00:00Z");

        // C: received at 23:30 on 31 March London time (BST), so in March; its deadlines fall in April.
        start("C", "2026-03-31T22:30:00Z", "OPEN_CASE", "SOCIAL_CARE", "GREEN", null, "2026-04-01T22:30:00Z",
                "2026-05-01T10:00:00Z", "2026-05-01T10:00:00Z", List.of(), List.of("BOYFRIEND_MODEL"), List.of(),
                false, List.of("CHILD_IN_NEED_PLAN", "REFER_TO_OTHER_AGENCY"), "NONE");

        // D: received at 00:30 on 1 April London time, so in April; triage not due until after the report time.
        start("D", "2026-03-31T23:30:00Z", "CAF", "HEALTH", "AMBER", null, "2026-04-03T10:00:00Z",
                "2026-05-01T10:00:00Z", "2026-05-01T10:00:00Z", List.of(), List.of("FAMILIAL"), List.of(), false,
                List.of(), "NONE");

        // E: received in February and cancelled; its CRIS task, due in March, was deleted, not completed.
        ProcessInstance e = start("E", "2026-02-27T10:00:00Z", "CAF", "EDUCATION", "RED", null,
                "2026-02-28T10:00:00Z", "2026-03-02T10:00:00Z", "2026-02-27T17:00:00Z", List.of(), List.of(),
                List.of(), false, List.of(), "NONE");
        at("2026-03-01T09:00:00Z");
        engine.getRuntimeService().deleteProcessInstance(e.getId(), "Sent to the wrong borough");

        createRecord();
        at(REPORT_TIME.toString());
    }

    /**
     * Adds four children. X is added in February with missing episodes on 5 and 20 March. Y is added on 3 March
     * with episodes on 20 February and 31 March, and closed on 25 March. Z is added on 10 March, closed on 12 March
     * and reopened by a new case on 15 March. W is added in April.
     */
    private void createRecord() {
        at("2026-02-15T10:00:00Z");
        long x = add("Xavi", Set.of(RecordReason.REFERRAL), "CSE-2026-000900");
        records.addMissingEpisode(x, LocalDate.parse("2026-03-05"), null, null, "test:1", "cse.lead");
        records.addMissingEpisode(x, LocalDate.parse("2026-03-20"), null, null, "test:2", "cse.lead");
        at("2026-03-03T10:00:00Z");
        long y = add("Yara", Set.of(RecordReason.REFERRAL, RecordReason.CP_PLAN), "CSE-2026-000901");
        records.addMissingEpisode(y, LocalDate.parse("2026-02-20"), null, null, "test:3", "cse.lead");
        records.addMissingEpisode(y, LocalDate.parse("2026-03-31"), null, null, "test:4", "cse.lead");
        at("2026-03-10T10:00:00Z");
        long z = add("Zeno", Set.of(RecordReason.LAC_OUT_OF_BOROUGH), "CSE-2026-000902");
        at("2026-03-12T10:00:00Z");
        records.close(z, "Moved abroad", "cse.lead", CseRecordService.MANUAL);
        at("2026-03-15T10:00:00Z");
        add("Zeno", Set.of(RecordReason.LAC_OUT_OF_BOROUGH), "CSE-2026-000903");
        at("2026-03-25T10:00:00Z");
        records.close(y, "Concerns ended", "cse.lead", CseRecordService.MANUAL);
        at("2026-04-01T10:00:00Z");
        add("Wren", Set.of(RecordReason.REFERRAL), "CSE-2026-000904");
    }

    private long add(String firstName, Set<RecordReason> reasons, String referralId) {
        Map<RecordField, Object> fields = new EnumMap<>(RecordField.class);
        fields.put(RecordField.CRIS_REFERENCE, "CRIS-" + firstName);
        recording.record(new CaseFacts(referralId, firstName, "Figurestest", LocalDate.of(2010, 2, 3), fields,
                reasons, null), "process", false);
        return records.findChild(firstName, "Figurestest", LocalDate.of(2010, 2, 3)).orElseThrow().id();
    }

    private ProcessInstance start(String name, String receivedAt, String source, String agency, String rag,
            Integer category, String triageDue, String crisDue, String sharingDue, List<String> partners,
            List<String> types, List<String> indicators, boolean missing, List<String> outcomes, String stepDown) {
        at(receivedAt);
        Map<String, Object> variables = new HashMap<>();
        variables.put("referralId", "CSE-2026-KNOWN-" + name);
        variables.put("receivedAt", Date.from(Instant.parse(receivedAt)));
        variables.put("referralSource", source);
        variables.put("referrerAgency", agency);
        variables.put("ragRating", rag);
        variables.put("policeCategory", category);
        variables.put("triageDue", Date.from(Instant.parse(triageDue)));
        variables.put("crisDue", Date.from(Instant.parse(crisDue)));
        variables.put("sharingDue", Date.from(Instant.parse(sharingDue)));
        variables.put("partnerAgencies", json(partners));
        variables.put("exploitationTypes", json(types));
        variables.put("indicators", json(indicators));
        variables.put("currentlyMissing", missing);
        variables.put("outcomes", json(outcomes));
        variables.put("stepDownTo", stepDown);
        return engine.getRuntimeService().startProcessInstanceByKey(ReferralHistory.PROCESS,
                (String) variables.get("referralId"), variables);
    }

    private void complete(ProcessInstance instance, String taskKey, String agency, String when) {
        at(when);
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey).list().stream()
                .filter(candidate -> agency == null || candidate.getName().endsWith(agency))
                .findFirst().orElseThrow();
        engine.getTaskService().complete(task.getId());
    }

    private void deployStub() {
        BpmnModelInstance stub = Bpmn.createExecutableProcess(ReferralHistory.PROCESS).camundaHistoryTimeToLive(1)
                .startEvent("referralReceived")
                .parallelGateway("fork")
                .userTask("triageReferral").camundaDueDate("${triageDue}").endEvent("triaged")
                .moveToNode("fork").userTask("createCris").camundaDueDate("${crisDue}").endEvent("crisCreated")
                .moveToNode("fork").userTask("shareInformation").name("Share information: ${partnerAgency}")
                .camundaDueDate("${sharingDue}")
                .multiInstance().parallel().camundaCollection("${reviewLists.strings(partnerAgencies)}")
                .camundaElementVariable("partnerAgency").multiInstanceDone()
                .endEvent("shared")
                .moveToActivity("shareInformation").boundaryEvent("sharingDeadlineMissed").cancelActivity(false)
                .timerWithDate("${sharingDue}").endEvent("sharingLate")
                .done();
        engine.getRepositoryService().createDeployment().addModelInstance("known-cases.bpmn", stub).deploy();
    }

    private static Object json(List<String> values) {
        return SpinValues.jsonValue(Spin.JSON(values)).create();
    }

    private static void at(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }
}
