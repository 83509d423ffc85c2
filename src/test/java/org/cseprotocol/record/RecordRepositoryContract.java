package org.cseprotocol.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Tests of the central CSE record against a real database, run once on H2 and once on PostgreSQL by the
 * subclasses, with the Flyway migrations of the application.
 */
abstract class RecordRepositoryContract {

    private CaseRecording recording;
    private CseRecordService service;
    private JdbcTemplate jdbc;

    abstract DataSource dataSource();

    static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .table("cse_schema_history").load().migrate();
    }

    @BeforeEach
    void emptyTables() {
        jdbc = new JdbcTemplate(dataSource());
        for (String table : List.of("cse_record_event", "cse_missing_episode", "cse_record_reason", "cse_record")) {
            jdbc.update("DELETE FROM " + table);
        }
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(dataSource());
        CseRecordRepository entries = new CseRecordRepository(named);
        RecordHistoryRepository history = new RecordHistoryRepository(named);
        recording = new CaseRecording(entries, history);
        service = new CseRecordService(entries, history);
    }

    @ParameterizedTest
    @EnumSource(RecordReason.class)
    void eachWayAddsChildOnce(RecordReason reason) {
        CaseFacts facts = RecordFacts.openToSocialCare().reasons(reason).build();

        RecordChange first = recording.record(facts, "cse.lead", false);
        int eventsAfterFirst = count("cse_record_event");
        RecordChange second = recording.record(facts, "cse.lead", false);

        assertThat(first).isEqualTo(RecordChange.ADDED);
        assertThat(second).isEqualTo(RecordChange.UNCHANGED);
        assertThat(count("cse_record")).isEqualTo(1);
        assertThat(count("cse_record_event")).isEqualTo(eventsAfterFirst);
        assertThat(service.reasons(onlyEntry().id())).containsExactly(reason);
    }

    @Test
    void laterReasonsJoinTheSameEntry() {
        recording.record(RecordFacts.openToPoliceOnly().build(), "process", false);

        RecordChange change = recording.record(RecordFacts.openToSocialCare()
                .reasons(RecordReason.REFERRAL, RecordReason.CP_PLAN).build(), "process", false);

        assertThat(change).isEqualTo(RecordChange.UPDATED);
        assertThat(count("cse_record")).isEqualTo(1);
        assertThat(service.reasons(onlyEntry().id())).containsExactlyInAnyOrder(RecordReason.REFERRAL,
                RecordReason.CP_PLAN);
    }

    @Test
    void caseOpenToNeitherIsRejected() {
        CaseFacts facts = RecordFacts.openToNeither().build();

        assertThatThrownBy(() -> recording.record(facts, "process", false))
                .isInstanceOf(NotOpenToSocialCareOrPoliceException.class)
                .hasMessageContaining("CSE-2026-000101")
                .hasMessageContaining("open to neither social care")
                .hasMessageNotContaining("Robin");
        assertThat(count("cse_record")).isZero();
    }

    @Test
    void caseOpenToPoliceOnlyIsAccepted() {
        RecordChange change = recording.record(RecordFacts.openToPoliceOnly().build(), "process", false);

        assertThat(change).isEqualTo(RecordChange.ADDED);
        assertThat(onlyEntry().get(RecordField.CRIS_REFERENCE)).isEqualTo("CRIS-0000101");
        assertThat(onlyEntry().get(RecordField.OPEN_TO_SOCIAL_CARE)).isEqualTo(false);
    }

    @Test
    void nameSpellingFindsSameChild() {
        recording.record(RecordFacts.openToSocialCare().child("Zoë", "O'Neil-Smith", LocalDate.of(2010, 1, 5))
                .build(), "process", false);

        recording.record(RecordFacts.openToSocialCare().child(" zoe ", "ONEIL SMITH", LocalDate.of(2010, 1, 5))
                .source("CSE-2026-000102").build(), "process", false);

        assertThat(count("cse_record")).isEqualTo(1);
        assertThat(onlyEntry().firstName()).isEqualTo("Zoë");
        assertThat(service.findChild("ZOE", "o neil smith", LocalDate.of(2010, 1, 5))).isPresent();
        assertThat(service.findChild("Zoe", "O'Neil-Smith", LocalDate.of(2010, 1, 6))).isEmpty();
    }

    @Test
    void caseChangesKeepHistory() {
        recording.record(RecordFacts.openToSocialCare().with(RecordField.CURRENT_RAG, "AMBER").build(), "p", false);

        recording.record(RecordFacts.openToSocialCare().with(RecordField.CURRENT_RAG, "RED")
                .with(RecordField.POLICE_CATEGORY, 2).with(RecordField.OUTCOME, "CHILD_IN_NEED_PLAN").build(),
                "police.set", false);

        CseRecordEntry entry = onlyEntry();
        assertThat(entry.get(RecordField.CURRENT_RAG)).isEqualTo("RED");
        assertThat(entry.get(RecordField.POLICE_CATEGORY)).isEqualTo(2);
        List<RecordEvent> events = service.detail(entry.id()).events();
        RecordEvent update = events.get(events.size() - 1);
        assertThat(update.type()).isEqualTo(RecordEventType.UPDATED);
        assertThat(update.actor()).isEqualTo("police.set");
        assertThat(update.changes()).contains("\"currentRag\":{\"from\":\"AMBER\",\"to\":\"RED\"}")
                .contains("\"policeCategory\":{\"from\":null,\"to\":2}");
    }

    @Test
    void referralMissingEpisodeCountedOnce() {
        CaseFacts facts = RecordFacts.openToSocialCare().missingSince(LocalDate.of(2026, 3, 2)).build();

        recording.record(facts, "process", false);
        recording.record(facts, "process", false);

        long id = onlyEntry().id();
        assertThat(service.detail(id).missingEpisodes()).singleElement()
                .satisfies(episode -> assertThat(episode.startedOn()).isEqualTo(LocalDate.of(2026, 3, 2)))
                .satisfies(episode -> assertThat(episode.endedOn()).isNull());
        assertThat(service.missingEpisodeCounts()).containsEntry(id, 1);
    }

    @Test
    void closingKeepsEntryAndHistory() {
        recording.record(RecordFacts.openToSocialCare().build(), "process", false);
        long id = onlyEntry().id();
        service.update(id, Map.of(RecordField.VENUES, "Fictional fast-food shop, High Street"), "cse.lead",
                CseRecordService.MANUAL, "Venue named at the strategy meeting");

        service.close(id, "All CSE concerns have ended: agreed at the operational meeting", "cse.lead", "MANUAL");

        RecordDetail detail = service.detail(id);
        assertThat(count("cse_record")).isEqualTo(1);
        assertThat(detail.entry().open()).isFalse();
        assertThat(detail.entry().closeReason()).startsWith("All CSE concerns have ended");
        assertThat(detail.entry().closedBy()).isEqualTo("cse.lead");
        assertThat(detail.entry().get(RecordField.VENUES)).isEqualTo("Fictional fast-food shop, High Street");
        assertThat(detail.events()).extracting(RecordEvent::type).containsExactly(RecordEventType.ADDED,
                RecordEventType.REASON_ADDED, RecordEventType.UPDATED, RecordEventType.CLOSED);
        assertThat(service.entries(true)).isEmpty();
        assertThat(service.entries(false)).hasSize(1);
    }

    @Test
    void closedEntryRejectsChanges() {
        recording.record(RecordFacts.openToSocialCare().build(), "process", false);
        long id = onlyEntry().id();
        service.close(id, "Concerns ended", "cse.lead", "MANUAL");

        assertThatThrownBy(() -> service.close(id, "Again", "cse.lead", "MANUAL"))
                .isInstanceOf(RecordConflictException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> service.update(id, Map.of(RecordField.SCHOOL, "x"), "cse.lead", "MANUAL", null))
                .isInstanceOf(RecordConflictException.class);
    }

    @Test
    void onlyNewCaseReopensClosedEntry() {
        recording.record(RecordFacts.openToSocialCare().build(), "process", false);
        long id = onlyEntry().id();
        service.close(id, "Concerns ended", "cse.lead", "MANUAL");

        RecordChange sameCase = recording.record(RecordFacts.openToSocialCare()
                .with(RecordField.CURRENT_RAG, "RED").build(), "process", false);
        RecordChange newCase = recording.record(RecordFacts.openToSocialCare().source("CSE-2026-000200").build(),
                "process", false);

        assertThat(sameCase).isEqualTo(RecordChange.CLOSED_ENTRY_KEPT);
        assertThat(newCase).isEqualTo(RecordChange.REOPENED);
        RecordDetail detail = service.detail(id);
        assertThat(detail.entry().open()).isTrue();
        assertThat(detail.entry().closeReason()).isNull();
        assertThat(detail.events()).extracting(RecordEvent::type).containsSubsequence(RecordEventType.CLOSED,
                RecordEventType.REOPENED);
        assertThat(detail.events()).filteredOn(event -> event.type() == RecordEventType.CLOSED).singleElement()
                .satisfies(event -> assertThat(event.reason()).isEqualTo("Concerns ended"));
    }

    @Test
    void nullValueClearsField() {
        recording.record(RecordFacts.openToSocialCare().with(RecordField.SCHOOL, "Example Academy").build(),
                "process", false);
        long id = onlyEntry().id();
        Map<RecordField, Object> clear = new EnumMap<>(RecordField.class);
        clear.put(RecordField.SCHOOL, null);

        CseRecordEntry entry = service.update(id, clear, "cse.lead", "MANUAL", "Left school");

        assertThat(entry.get(RecordField.SCHOOL)).isNull();
    }

    private CseRecordEntry onlyEntry() {
        List<CseRecordEntry> entries = service.entries(null);
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }
}
