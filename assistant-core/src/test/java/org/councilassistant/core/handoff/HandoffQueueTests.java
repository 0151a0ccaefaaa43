package org.councilassistant.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.zaxxer.hikari.HikariDataSource;
import org.councilassistant.knowledgebase.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HandoffQueueTests {

    private static final Instant NINE = Instant.parse("2026-11-25T09:00:00Z");

    private final HikariDataSource dataSource = TestDatabases.migrated();
    private final Transcripts transcripts = new Transcripts(dataSource);
    private final HandoffQueue queue = new HandoffQueue(dataSource);

    @AfterEach
    void closeTheDatabase() {
        dataSource.close();
    }

    @Test
    void urgentHandoffsComeFirstThenTheLongestWaiting() {
        Handoff early = enqueue("early", false, NINE);
        Handoff late = enqueue("late", false, NINE.plusSeconds(60));
        Handoff sameTimeAsLate = enqueue("same-time", false, NINE.plusSeconds(60));
        Handoff urgent = enqueue("urgent", true, NINE.plusSeconds(120));

        assertThat(queue.positionOf(urgent)).isEqualTo(1);
        assertThat(queue.positionOf(early)).isEqualTo(2);
        assertThat(queue.positionOf(late)).isEqualTo(3);
        assertThat(queue.positionOf(sameTimeAsLate)).isEqualTo(4);
        assertThat(queue.waiting()).extracting(Handoff::id)
                .containsExactly(urgent.id(), early.id(), late.id(), sameTimeAsLate.id());
    }

    @Test
    void aHandoffNoLongerWaitingHasNoPlaceAndMovesEveryoneBehindItUp() {
        Handoff first = enqueue("first", false, NINE);
        Handoff second = enqueue("second", false, NINE.plusSeconds(60));

        assertThat(queue.claim(first.id(), "agent.amy", NINE.plusSeconds(90))).isTrue();

        assertThat(queue.positionOf(first)).isZero();
        assertThat(queue.positionOf(second)).isEqualTo(1);
    }

    private Handoff enqueue(String conversationId, boolean urgent, Instant at) {
        transcripts.open(conversationId, "webchat", at);
        return queue.enqueue(conversationId, urgent ? HandoffReason.SENSITIVE : HandoffReason.ASKED, urgent,
                "a topic", "", at);
    }
}
