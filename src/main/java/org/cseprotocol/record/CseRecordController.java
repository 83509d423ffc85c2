package org.cseprotocol.record;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.cseprotocol.access.GroupAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The central CSE record for the CSE MASH lead: list and view entries, add a child whose CSE risk became known
 * outside a referral, change fields, record missing episodes, close an entry with a reason and reopen it.
 */
@RestController
@RequestMapping("/api/cse-record")
class CseRecordController {

    static final String WHAT = "the central CSE record";
    static final Set<String> ADD_ONLY_KEYS = Set.of("firstName", "lastName", "dateOfBirth", "reason", "note");

    private final CseRecordService service;
    private final CaseRecording recording;
    private final GroupAccess access;
    private final RecordProperties properties;

    CseRecordController(CseRecordService service, CaseRecording recording, GroupAccess access,
            RecordProperties properties) {
        this.service = service;
        this.recording = recording;
        this.access = access;
        this.properties = properties;
    }

    /** Lists entries: {@code status} is {@code open} (the default), {@code closed} or {@code all}. */
    @GetMapping
    Object list(@RequestParam(defaultValue = "open") String status) {
        access.requireAnyOf(properties.readGroups(), WHAT);
        Boolean open = switch (status) {
            case "open" -> true;
            case "closed" -> false;
            case "all" -> null;
            default -> throw new IllegalArgumentException("Invalid status '" + status
                    + "': expected open, closed or all");
        };
        Map<Long, Set<RecordReason>> reasons = service.reasonsByRecord();
        Map<Long, Integer> episodes = service.missingEpisodeCounts();
        return service.entries(open).stream().map(entry -> RecordViews.summary(entry,
                reasons.getOrDefault(entry.id(), Set.of()), episodes.getOrDefault(entry.id(), 0))).toList();
    }

    @GetMapping("/{id}")
    Object view(@PathVariable long id) {
        access.requireAnyOf(properties.readGroups(), WHAT);
        return RecordViews.detail(service.detail(id));
    }

    /** Adds a child, or adds the reason to the child's entry; the case must be open to social care or police. */
    @PostMapping
    ResponseEntity<Object> add(@RequestBody Map<String, Object> body) {
        String user = access.requireAnyOf(properties.writeGroups(), WHAT);
        Map<RecordField, Object> fields = new HashMap<>(RecordRequests.fields(body, ADD_ONLY_KEYS));
        fields.values().removeIf(Objects::isNull);
        CaseFacts facts = new CaseFacts(CseRecordService.MANUAL,
                RecordRequests.requiredText("firstName", body.get("firstName")),
                RecordRequests.requiredText("lastName", body.get("lastName")),
                RecordRequests.date("dateOfBirth", body.get("dateOfBirth"), true), fields,
                Set.of(RecordRequests.reason(body.get("reason"))), null);
        RecordChange change = recording.record(facts, user, true);
        long id = service.findChild(facts.firstName(), facts.lastName(), facts.dateOfBirth()).orElseThrow().id();
        Object view = RecordViews.detail(service.detail(id));
        return change == RecordChange.ADDED
                ? ResponseEntity.created(URI.create("/api/cse-record/" + id)).body(view)
                : ResponseEntity.ok(view);
    }

    /** Changes fields of an open entry. The {@code note} in the body gives the reason, kept in the history. */
    @PatchMapping("/{id}")
    Object update(@PathVariable long id, @RequestBody Map<String, Object> body) {
        String user = access.requireAnyOf(properties.writeGroups(), WHAT);
        Map<RecordField, Object> changes = RecordRequests.fields(body, Set.of("note"));
        service.update(id, changes, user, CseRecordService.MANUAL,
                RecordRequests.optionalText("note", body.get("note")));
        return RecordViews.detail(service.detail(id));
    }

    @PostMapping("/{id}/missing-episodes")
    ResponseEntity<Object> addMissingEpisode(@PathVariable long id, @RequestBody Map<String, Object> body) {
        String user = access.requireAnyOf(properties.writeGroups(), WHAT);
        service.addMissingEpisode(id, RecordRequests.date("startedOn", body.get("startedOn"), true),
                RecordRequests.date("endedOn", body.get("endedOn"), false),
                RecordRequests.optionalText("notes", body.get("notes")),
                CseRecordService.MANUAL + ":" + UUID.randomUUID(), user);
        return ResponseEntity.status(201).body(RecordViews.detail(service.detail(id)));
    }

    @PostMapping("/{id}/close")
    Object close(@PathVariable long id, @RequestBody Map<String, Object> body) {
        String user = access.requireAnyOf(properties.writeGroups(), WHAT);
        service.close(id, RecordRequests.requiredText("reason", body.get("reason")), user, CseRecordService.MANUAL);
        return RecordViews.detail(service.detail(id));
    }

    @PostMapping("/{id}/reopen")
    Object reopen(@PathVariable long id, @RequestBody Map<String, Object> body) {
        String user = access.requireAnyOf(properties.writeGroups(), WHAT);
        service.reopen(id, RecordRequests.requiredText("reason", body.get("reason")), user);
        return RecordViews.detail(service.detail(id));
    }
}
