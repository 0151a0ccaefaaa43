package org.councilassistant.benchmarks.load;

import java.util.List;

/**
 * What the simulated residents say: short conversations mixing knowledge questions, the bin-day task (question,
 * postcode, house number, follow-up), small talk, a request for a person and out-of-scope questions. Conversation
 * {@code n} follows script {@code n mod scripts}.
 */
final class ConversationScripts {

    static final List<List<String>> SCRIPTS = List.of(
            List.of("how do I pay my council tax", "when is my bin day", "BK1 2AB", "2", "and the garden waste?",
                    "what's the capital of France"),
            List.of("hello", "when is the blue bin collected", "BK2 4DE", "there's a pothole on my road", "thanks"),
            List.of("what's the weather tomorrow", "can I get a single person discount on council tax",
                    "how do I apply for a parking permit", "can I talk to a real person"));

    private ConversationScripts() {
    }

    static List<String> script(long conversation) {
        return SCRIPTS.get((int) (conversation % SCRIPTS.size()));
    }

    /** Every distinct message, for building request bodies once. */
    static List<String> messages() {
        return SCRIPTS.stream().flatMap(List::stream).distinct().toList();
    }
}
