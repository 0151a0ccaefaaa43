package org.councilassistant.benchmarks.jmh;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.channel.UserMessage;
import org.councilassistant.core.conversation.ConversationEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One full turn of the conversation engine, {@code ConversationEngine.handle}, without HTTP: the message's sentence
 * embedding (once, uncached), classification, entity extraction, the answer policy, knowledge-base search by words
 * and meaning or the bin calendar, and the session transcript.
 *
 * <p>The sessions are created beforehand, each having already told the bin-day dialogue its address, so that "when
 * is my bin day" is answered from the session; the messages mix knowledge questions, bin questions and follow-ups,
 * small talk and out-of-scope questions, and rotate independently of the sessions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineTurnBenchmark {

    /** A prime, so that every session meets every message of the mix. */
    static final int SESSIONS = 1_009;
    static final List<String> ADDRESS_TURNS = List.of("when is my bin day", "BK1 2AB", "2");
    static final List<String> MIX = List.of(
            "how do I pay my council tax",
            "when is my bin day",
            "what's the capital of France",
            "and the garden waste?",
            "can I get a single person discount",
            "when is the blue bin collected",
            "book me a table for two tonight",
            "there's a pothole outside my house",
            "thanks",
            "what time does the library open");

    private InProcessAssistant assistant;
    private ConversationEngine engine;
    private String[] sessions;
    private int next;

    @Setup
    public void startConversations() {
        assistant = InProcessAssistant.startInTempDirectory();
        engine = assistant.engine();
        InProcessAssistant.requireEmbeddings(assistant.classifier());
        sessions = new String[SESSIONS];
        for (int i = 0; i < SESSIONS; i++) {
            sessions[i] = engine.start(InProcessAssistant.CHANNEL).id();
            for (String text : ADDRESS_TURNS) {
                engine.handle(UserMessage.text(sessions[i], text, InProcessAssistant.CHANNEL));
            }
        }
    }

    @TearDown
    public void close() throws IOException {
        assistant.close();
    }

    @Benchmark
    public BotResponse engineTurn() {
        int turn = next++;
        if (next == SESSIONS * MIX.size()) {
            next = 0;
        }
        return engine.handle(UserMessage.text(sessions[turn % SESSIONS], MIX.get(turn % MIX.size()),
                InProcessAssistant.CHANNEL));
    }
}
