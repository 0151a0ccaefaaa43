package org.councilassistant.core.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.zaxxer.hikari.HikariDataSource;
import org.councilassistant.core.handoff.CallbackRequests;
import org.councilassistant.core.handoff.HandoffQueue;
import org.councilassistant.core.handoff.HandoffReason;
import org.councilassistant.core.handoff.Sender;
import org.councilassistant.core.handoff.TranscriptEntry;
import org.councilassistant.core.handoff.Transcripts;
import org.councilassistant.core.service.bins.JdbcMissedBinReports;
import org.councilassistant.core.service.bins.MissedBinReport;
import org.councilassistant.intents.entities.BinType;
import org.councilassistant.knowledgebase.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PersonalDataRetentionTests {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final HikariDataSource dataSource = TestDatabases.migrated();
    private final Transcripts transcripts = new Transcripts(dataSource);
    private final CallbackRequests callbacks = new CallbackRequests(dataSource);
    private final JdbcMissedBinReports missedBins = new JdbcMissedBinReports(dataSource);

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void deletesWhatIsOlderThanItsPeriodAndKeepsTheRest() {
        conversation("old", NOW.minus(Duration.ofDays(31)));
        conversation("recent", NOW.minus(Duration.ofDays(29)));
        new HandoffQueue(dataSource).enqueue("old", HandoffReason.ASKED, false, "bins", "", NOW.minus(Duration.ofDays(31)));
        callbacks.record("old", "Jo", "07700 900123", null, "bins", NOW.minus(Duration.ofDays(8)));
        callbacks.record("recent", "Al", null, "al@example.com", "tax", NOW.minus(Duration.ofDays(6)));
        missedBins.record(new MissedBinReport("100023440003", "3 Kestrel Rise", BinType.RECYCLING,
                LocalDate.of(2026, 5, 1), "webchat", NOW.minus(Duration.ofDays(200))));
        missedBins.record(new MissedBinReport("100023440003", "3 Kestrel Rise", BinType.RECYCLING,
                LocalDate.of(2026, 11, 18), "webchat", NOW.minus(Duration.ofDays(7))));

        PersonalDataRetention.Purged purged = new PersonalDataRetention(transcripts, callbacks, missedBins,
                new PersonalDataRetention.Periods(Duration.ofDays(30), Duration.ofDays(7), Duration.ofDays(180)),
                Clock.fixed(NOW, ZoneOffset.UTC)).purge();

        assertThat(purged).isEqualTo(new PersonalDataRetention.Purged(1, 1, 1));
        assertThat(transcripts.exists("old")).isFalse();
        assertThat(transcripts.exists("recent")).isTrue();
        assertThat(transcripts.messages("recent")).hasSize(1);
        assertThat(new HandoffQueue(dataSource).latest("old")).isEmpty();
        assertThat(callbacks.open()).extracting(request -> request.name()).containsExactly("Al");
        assertThat(missedBins.existingReference("100023440003", BinType.RECYCLING, LocalDate.of(2026, 5, 1))).isEmpty();
        assertThat(missedBins.existingReference("100023440003", BinType.RECYCLING, LocalDate.of(2026, 11, 18)))
                .isPresent();
    }

    private void conversation(String id, Instant at) {
        transcripts.open(id, "webchat", at);
        transcripts.append(id, new TranscriptEntry(at, Sender.RESIDENT, null, "when is my bin day", "bin_collection_day",
                0.9, null));
    }
}
