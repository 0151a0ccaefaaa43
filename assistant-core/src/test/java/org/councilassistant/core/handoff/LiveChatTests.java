package org.councilassistant.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.channel.UserMessage;
import org.councilassistant.core.conversation.ConversationEngine;
import org.councilassistant.core.session.ConversationSession;
import org.councilassistant.core.testing.CouncilAssistantFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Handing conversations to agents, through the real engine and database: the triggers, the queue, the agent's
 * side, and that a restart loses nothing. The queue is shared by the tests, so each finds its own handoff.
 */
class LiveChatTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZonedDateTime WEDNESDAY_MORNING = ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, LONDON);
    private static final String WEB_CHAT = CouncilAssistantFixture.WEB_CHAT;

    private static CouncilAssistantFixture assistant;

    private final Clock clock = Clock.fixed(WEDNESDAY_MORNING.toInstant(), LONDON);
    private ConversationEngine engine;
    private LiveChat liveChat;
    private ConversationSession session;

    @BeforeAll
    static void startTheAssistant(@TempDir Path directory) {
        assistant = new CouncilAssistantFixture(directory, WEDNESDAY_MORNING);
    }

    @AfterAll
    static void stopTheAssistant() throws Exception {
        assistant.close();
    }

    @BeforeEach
    void startAConversation() {
        engine = assistant.engine(clock);
        liveChat = assistant.liveChat(clock);
        session = engine.start(WEB_CHAT);
    }

    @Test
    void anAgentClaimsRepliesAndEndsThenTheAssistantAnswersAgain() {
        say("when is my bin day");
        say("BK2 4DE");
        BotResponse queued = say("I want to talk to a person");
        Handoff handoff = myHandoff();

        assertThat(queued.handoff().status()).isEqualTo("queued");
        assertThat(handoff.reason()).isEqualTo(HandoffReason.ASKED);
        assertThat(handoff.topic()).isEqualTo("BK2 4DE");
        assertThat(handoff.details()).contains("postcode: BK2 4DE").contains("address: 3 Kestrel Rise, Brackenfield");

        BotResponse whileWaiting = say("are you there?");
        assertThat(whileWaiting.replies()).isEmpty();
        assertThat(whileWaiting.handoff().status()).isEqualTo("queued");

        liveChat.claim(handoff.id(), "agent.amy", "Amy");
        assertThat(engine.handoffState(session.id()).status()).isEqualTo("connected");
        liveChat.agentSays(handoff.id(), "agent.amy", "Hello, I can see you asked about bins. How can I help?");
        assertThat(say("my bin was not emptied").replies()).isEmpty();

        liveChat.end(handoff.id(), "agent.amy");
        BotResponse afterwards = say("how do I pay my council tax");

        assertThat(afterwards.articleId()).isEqualTo("pay-council-tax");
        assertThat(engine.handoffState(session.id()).status()).isEqualTo("ended");
        assertThat(liveChat.transcript(session.id())).extracting(TranscriptMessage::sender, TranscriptMessage::text)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(Sender.RESIDENT, "are you there?"),
                        org.assertj.core.groups.Tuple.tuple(Sender.SYSTEM,
                                CouncilAssistantFixture.MESSAGES.text("handoff.joined", "Amy")),
                        org.assertj.core.groups.Tuple.tuple(Sender.AGENT,
                                "Hello, I can see you asked about bins. How can I help?"),
                        org.assertj.core.groups.Tuple.tuple(Sender.RESIDENT, "my bin was not emptied"),
                        org.assertj.core.groups.Tuple.tuple(Sender.SYSTEM,
                                CouncilAssistantFixture.MESSAGES.text("handoff.ended")));
    }

    @Test
    void theTranscriptKeepsIntentAndConfidenceAndRedactsPersonalData() {
        say("when is my bin day");
        say("my card is 4111 1111 1111 1111 and my number is 07700 900123");

        List<TranscriptMessage> transcript = liveChat.transcript(session.id());

        assertThat(transcript.get(0).intent()).isEqualTo("bin_collection_day");
        assertThat(transcript.get(0).confidence()).isGreaterThan(0.5);
        assertThat(transcript).extracting(TranscriptMessage::text)
                .contains("my card is " + Redactor.CARD + " and my number is " + Redactor.PHONE)
                .noneMatch(text -> text.contains("4111") || text.contains("07700"));
    }

    @Test
    void twoRepliesInARowThatCannotHelpHandOver() {
        BotResponse first = say("what's the capital of France");
        BotResponse second = say("what is the airspeed of a swallow");

        assertThat(first.handoff()).isNull();
        assertThat(second.handoff().status()).isEqualTo("queued");
        assertThat(myHandoff().reason()).isEqualTo(HandoffReason.NOT_UNDERSTOOD);
    }

    @Test
    void frustrationHandsOver() {
        BotResponse response = say("this is useless");

        assertThat(response.handoff().status()).isEqualTo("queued");
        assertThat(myHandoff().reason()).isEqualTo(HandoffReason.FRUSTRATED);
    }

    @Test
    void aSensitiveTopicGoesToTheFrontOfTheQueue() {
        ConversationSession waitingFirst = engine.start(WEB_CHAT);
        engine.handle(UserMessage.text(waitingFirst.id(), "can I speak to someone", WEB_CHAT));

        BotResponse response = say("I'm going to be homeless tonight");

        assertThat(response.handoff()).isEqualTo(org.councilassistant.core.channel.HandoffState.queued(1));
        assertThat(myHandoff().urgent()).isTrue();
        assertThat(response.replies().get(0).text()).contains("999");
        assertThat(liveChat.waiting().get(0).conversationId()).isEqualTo(session.id());
    }

    @Test
    void onlyOneOfTwoAgentsClaimingAtOnceWins() throws Exception {
        say("talk to a human please");
        long id = myHandoff().id();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService agents = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (String agent : List.of("agent.amy", "agent.bob")) {
                Callable<Boolean> claim = () -> {
                    start.await();
                    try {
                        liveChat.claim(id, agent, agent);
                        return true;
                    } catch (HandoffConflictException lost) {
                        return false;
                    }
                };
                claims.add(agents.submit(claim));
            }
            start.countDown();
            long winners = 0;
            for (Future<Boolean> claim : claims) {
                winners += claim.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            assertThat(liveChat.handoff(id).agent()).isIn("agent.amy", "agent.bob");
        } finally {
            agents.shutdownNow();
        }
    }

    @Test
    void aRestartBetweenTheResidentsMessageAndTheClaimLosesNothing() {
        say("when is my bin day");
        say("I need to speak to an adviser");
        say("it's about my neighbour's bins");

        // A new engine and live chat on the same database: the server restarted and its sessions are gone.
        ConversationEngine restarted = assistant.engine(clock);
        LiveChat restartedLiveChat = assistant.liveChat(clock);
        Handoff waiting = restartedLiveChat.waiting().stream()
                .filter(h -> h.conversationId().equals(session.id())).findFirst().orElseThrow();
        restartedLiveChat.claim(waiting.id(), "agent.amy", "Amy");
        BotResponse residentAgain = restarted.handle(UserMessage.text(session.id(), "hello?", WEB_CHAT));

        assertThat(residentAgain.replies()).isEmpty();
        assertThat(residentAgain.handoff().status()).isEqualTo("connected");
        assertThat(restartedLiveChat.transcript(session.id())).extracting(TranscriptMessage::text)
                .contains("when is my bin day", "I need to speak to an adviser", "it's about my neighbour's bins",
                        "hello?");
    }

    @Test
    void theResidentCanStopWaitingAndTheAssistantAnswersAgain() {
        say("talk to a person");

        assertThat(liveChat.cancel(session.id())).isTrue();
        BotResponse response = say("when is my bin day");

        assertThat(response.replies()).isNotEmpty();
        assertThat(engine.handoffState(session.id()).status()).isEqualTo("cancelled");
        assertThat(liveChat.cancel(session.id())).isFalse();
    }

    @Test
    void onlyTheAgentWhoHasTheConversationCanReplyTransferOrEndIt() {
        say("talk to a person");
        long id = myHandoff().id();

        assertThatThrownBy(() -> liveChat.agentSays(id, "agent.amy", "hi")).isInstanceOf(HandoffConflictException.class);
        liveChat.claim(id, "agent.amy", "Amy");
        assertThatThrownBy(() -> liveChat.claim(id, "agent.bob", "Bob")).isInstanceOf(HandoffConflictException.class);
        assertThatThrownBy(() -> liveChat.agentSays(id, "agent.bob", "hi")).isInstanceOf(HandoffConflictException.class);

        liveChat.transfer(id, "agent.amy", "agent.bob", "Bob");
        liveChat.agentSays(id, "agent.bob", "Bob here");
        assertThatThrownBy(() -> liveChat.end(id, "agent.amy")).isInstanceOf(HandoffConflictException.class);
        liveChat.end(id, "agent.bob");
        assertThat(liveChat.handoff(id).status()).isEqualTo(HandoffStatus.ENDED);
        assertThatThrownBy(() -> liveChat.handoff(-1)).isInstanceOf(HandoffNotFoundException.class);
    }

    @Test
    void outsideHoursACallbackRequestIsKeptButItsDetailsStayOutOfTheTranscript() {
        Clock evening = Clock.fixed(WEDNESDAY_MORNING.withHour(19).toInstant(), LONDON);
        ConversationEngine eveningEngine = assistant.engine(evening);
        LiveChat eveningChat = assistant.liveChat(evening);
        ConversationSession late = eveningEngine.start(WEB_CHAT);

        BotResponse response = eveningEngine.handle(UserMessage.text(late.id(), "can I talk to someone", WEB_CHAT));
        eveningChat.requestCallback(late.id(), "Jo Bloggs", "07700 900123", null, "council tax arrears");

        assertThat(response.handoff().status()).isEqualTo("callback");
        assertThat(eveningChat.openCallbacks()).anySatisfy(callback -> {
            assertThat(callback.conversationId()).isEqualTo(late.id());
            assertThat(callback.phone()).isEqualTo("07700 900123");
        });
        assertThat(eveningChat.transcript(late.id())).extracting(TranscriptMessage::text)
                .noneMatch(text -> text.contains("07700") || text.contains("Jo Bloggs"));
    }

    private BotResponse say(String text) {
        return engine.handle(UserMessage.text(session.id(), text, WEB_CHAT));
    }

    private Handoff myHandoff() {
        return new HandoffQueue(assistant.dataSource()).latest(session.id()).orElseThrow();
    }
}
