package org.councilassistant.core.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.councilassistant.core.channel.UserMessage;
import org.councilassistant.core.conversation.ConversationEngine;
import org.councilassistant.core.session.ConversationSession;
import org.councilassistant.core.testing.CouncilAssistantFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnansweredQuestionsTests {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneId.of("Europe/London"));
    private static CouncilAssistantFixture assistant;

    private final Clock clock = Clock.fixed(NOW.toInstant(), NOW.getZone());

    @BeforeAll
    static void start(@TempDir Path directory) {
        assistant = new CouncilAssistantFixture(directory, NOW);
    }

    @AfterAll
    static void stop() throws Exception {
        assistant.close();
    }

    @Test
    void nearDuplicatesBecomeOneItemWithACount() {
        UnansweredQuestions inbox = new UnansweredQuestions(assistant.dataSource());
        Instant at = clock.instant();

        UnansweredQuestion first = item(inbox, inbox.record("can I recycle pizza boxes?", "en",
                UnansweredReason.OUT_OF_SCOPE, null, null, at));
        UnansweredQuestion again = item(inbox, inbox.record("recycling pizza box", "en", UnansweredReason.THUMBS_DOWN,
                null, null, at));
        UnansweredQuestion other = item(inbox, inbox.record("who won the football", "en", UnansweredReason.OUT_OF_SCOPE,
                null, null, at));
        UnansweredQuestion welsh = item(inbox, inbox.record("ailgylchu bocsys pizza", "cy",
                UnansweredReason.OUT_OF_SCOPE, null, null, at));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.asked()).isEqualTo(2);
        assertThat(again.reasons()).containsExactlyInAnyOrder(UnansweredReason.OUT_OF_SCOPE, UnansweredReason.THUMBS_DOWN);
        assertThat(again.example()).isEqualTo("can I recycle pizza boxes?");
        assertThat(other.id()).isNotEqualTo(first.id());
        assertThat(welsh.id()).isNotIn(first.id(), other.id());
    }

    @Test
    void theSameQuestionAskedAgainAddsToItsCountAndKeepsEveryReason() {
        UnansweredQuestions inbox = new UnansweredQuestions(assistant.dataSource());
        Instant at = clock.instant();

        long first = inbox.record("is the tip open on sundays", "en", UnansweredReason.OUT_OF_SCOPE, null, null, at);
        inbox.record("is the tip open on sundays", "en", UnansweredReason.OUT_OF_SCOPE, null, null, at.plusSeconds(60));
        inbox.record("is the tip open on sundays?", "en", UnansweredReason.LOW_CONFIDENCE, null, null, at.plusSeconds(120));
        long again = inbox.record("is the tip open on sundays", "en", UnansweredReason.OUT_OF_SCOPE, null, null,
                at.plusSeconds(180));

        UnansweredQuestion item = item(inbox, again);
        assertThat(again).isEqualTo(first);
        assertThat(item.asked()).isEqualTo(4);
        assertThat(item.reasons()).containsExactlyInAnyOrder(UnansweredReason.OUT_OF_SCOPE,
                UnansweredReason.LOW_CONFIDENCE);
        assertThat(item.lastAskedAt()).isEqualTo(at.plusSeconds(180));
    }

    @Test
    void aQuestionAskedAgainAfterStaffClosedItStartsAFreshItem() {
        UnansweredQuestions inbox = new UnansweredQuestions(assistant.dataSource());
        long first = inbox.record("can I burn garden waste", "en", UnansweredReason.OUT_OF_SCOPE, null, null,
                clock.instant());
        inbox.record("can I burn garden waste", "en", UnansweredReason.OUT_OF_SCOPE, null, null, clock.instant());
        inbox.close(first, false, null, "editor", clock.instant());

        long fresh = inbox.record("can I burn garden waste", "en", UnansweredReason.OUT_OF_SCOPE, null, null,
                clock.instant());

        assertThat(fresh).isNotEqualTo(first);
        assertThat(item(inbox, fresh).asked()).isEqualTo(1);
        assertThat(item(inbox, first).asked()).isEqualTo(2);
    }

    @Test
    void dismissedOrResolvedItemsLeaveTheInboxAndNewAsksStartAFreshItem() {
        UnansweredQuestions inbox = new UnansweredQuestions(assistant.dataSource());
        UnansweredQuestion item = item(inbox, inbox.record("do you collect christmas trees", "en",
                UnansweredReason.OUT_OF_SCOPE, null, null, clock.instant()));

        assertThat(inbox.close(item.id(), false, null, "editor", clock.instant())).isTrue();
        assertThat(inbox.close(item.id(), true, "again", "editor", clock.instant())).isFalse();
        assertThat(inbox.open(500)).extracting(UnansweredQuestion::id).doesNotContain(item.id());
        assertThat(inbox.record("do you collect christmas trees?", "en", UnansweredReason.OUT_OF_SCOPE, null, null,
                clock.instant())).isNotEqualTo(item.id());
    }

    @Test
    void theEngineFilesWhatItCouldNotAnswerAndTheQuestionBehindAHandoffRedacted() {
        ConversationEngine engine = assistant.engine(clock);
        ConversationSession session = engine.start(CouncilAssistantFixture.WEB_CHAT);
        say(engine, session, "what's the weather like in Cardiff, call me on 07700 900123");
        say(engine, session, "how do I pay my council tax");
        say(engine, session, "can I talk to a real person");

        List<UnansweredQuestion> open = new UnansweredQuestions(assistant.dataSource()).open(500);

        assertThat(open).anySatisfy(item -> {
            assertThat(item.example()).isEqualTo("what's the weather like in Cardiff, call me on [phone number removed]");
            assertThat(item.reasons()).contains(UnansweredReason.OUT_OF_SCOPE);
        });
        assertThat(open).anySatisfy(item -> {
            assertThat(item.example()).isEqualTo("how do I pay my council tax");
            assertThat(item.reasons()).containsExactly(UnansweredReason.HANDED_OFF);
        });
    }

    @Test
    void aVeryLongQuestionIsStoredShortened() {
        UnansweredQuestions inbox = new UnansweredQuestions(assistant.dataSource());
        UnansweredQuestion item = item(inbox, inbox.record("x".repeat(1000) + " y".repeat(300), "en",
                UnansweredReason.OUT_OF_SCOPE, null, null, clock.instant()));

        assertThat(item.example()).hasSize(1000);
    }

    @Test
    void staffPhrasesAreKeptOncePerIntent() {
        TrainingPhrases phrases = new TrainingPhrases(assistant.dataSource());

        assertThat(phrases.add("en", "what_goes_in_which_bin", "can I recycle pizza boxes", "editor", clock.instant()))
                .isTrue();
        assertThat(phrases.add("en", "what_goes_in_which_bin", "can I recycle pizza boxes", "editor", clock.instant()))
                .isFalse();
        assertThat(phrases.all("en")).extracting(example -> example.text()).contains("can I recycle pizza boxes");
        assertThat(phrases.all("cy")).isEmpty();
    }

    private static UnansweredQuestion item(UnansweredQuestions inbox, long id) {
        return inbox.find(id).orElseThrow();
    }

    private static void say(ConversationEngine engine, ConversationSession session, String text) {
        engine.handle(UserMessage.text(session.id(), text, CouncilAssistantFixture.WEB_CHAT));
    }
}
