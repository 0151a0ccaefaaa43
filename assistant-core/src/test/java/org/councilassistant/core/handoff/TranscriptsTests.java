package org.councilassistant.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.assertj.core.groups.Tuple;
import org.councilassistant.knowledgebase.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TranscriptsTests {

    private static final Instant STARTED = Instant.parse("2026-11-25T09:00:00Z");

    private final HikariDataSource dataSource = TestDatabases.migrated();
    private final Transcripts transcripts = new Transcripts(dataSource);

    @AfterEach
    void closeTheDatabase() {
        dataSource.close();
    }

    @Test
    void aTurnIsStoredInOrderWithEveryDetail() {
        transcripts.open("c1", "webchat", STARTED);
        Instant asked = STARTED.plusSeconds(5);

        transcripts.append("c1", List.of(
                new TranscriptEntry(asked, Sender.RESIDENT, null, "how do I pay my council tax", "council_tax_pay",
                        0.93, null),
                new TranscriptEntry(asked.plusMillis(1), Sender.ASSISTANT, null, "A notice first", null, null,
                        "pay-council-tax"),
                new TranscriptEntry(asked.plusMillis(2), Sender.ASSISTANT, null, "You can pay by Direct Debit",
                        null, null, "pay-council-tax")));
        transcripts.append("c1", TranscriptEntry.of(asked.plusSeconds(3), Sender.SYSTEM, "An agent joined"));

        List<TranscriptMessage> messages = transcripts.messages("c1");
        assertThat(messages).extracting(TranscriptMessage::sender, TranscriptMessage::text, TranscriptMessage::intent,
                        TranscriptMessage::confidence, TranscriptMessage::articleId)
                .containsExactly(
                        Tuple.tuple(Sender.RESIDENT, "how do I pay my council tax", "council_tax_pay", 0.93, null),
                        Tuple.tuple(Sender.ASSISTANT, "A notice first", null, null, "pay-council-tax"),
                        Tuple.tuple(Sender.ASSISTANT, "You can pay by Direct Debit", null, null, "pay-council-tax"),
                        Tuple.tuple(Sender.SYSTEM, "An agent joined", null, null, null));
        assertThat(messages).extracting(TranscriptMessage::id).isSorted().doesNotHaveDuplicates();
        assertThat(messages.get(0).sentAt()).isEqualTo(asked);
        assertThat(transcripts.messagesAfter("c1", messages.get(1).id())).hasSize(2);
    }

    @Test
    void anAnswerQuotingALongCouncilPageIsStoredWhole() {
        transcripts.open("long", "webchat", STARTED);
        String page = "Garden waste collections run fortnightly from March to November. ".repeat(300);

        transcripts.append("long", TranscriptEntry.of(STARTED.plusSeconds(1), Sender.ASSISTANT, page));

        assertThat(page).hasSizeGreaterThan(15_000);
        assertThat(transcripts.messages("long")).extracting(TranscriptMessage::text).containsExactly(page);
    }

    @Test
    void theLatestMessageKeepsAConversationFromThePurge() {
        transcripts.open("quiet", "webchat", STARTED);
        transcripts.open("active", "webchat", STARTED);
        Instant later = STARTED.plus(Duration.ofDays(10));
        transcripts.append("active", List.of(TranscriptEntry.of(STARTED.plusSeconds(1), Sender.RESIDENT, "hello"),
                TranscriptEntry.of(later, Sender.ASSISTANT, "Hello! How can I help?")));

        assertThat(transcripts.purgeInactiveSince(later.minusSeconds(1))).isEqualTo(1);

        assertThat(transcripts.exists("quiet")).isFalse();
        assertThat(transcripts.messages("active")).hasSize(2);
    }

    @Test
    void openingAConversationAgainLeavesItAsItWas() {
        transcripts.open("c2", "webchat", STARTED);
        transcripts.open("c2", "alexa", STARTED.plusSeconds(60));

        assertThat(transcripts.channelOf("c2")).contains("webchat");
    }
}
