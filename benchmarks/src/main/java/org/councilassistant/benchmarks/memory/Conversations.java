package org.councilassistant.benchmarks.memory;

import java.util.List;

/**
 * What the held conversations have said so far, in turn: a finished knowledge question, a bin-day task waiting for
 * a house number (its postcode pending in the session), a bin-day answer with the address remembered, and a
 * follow-up after an out-of-scope question.
 */
final class Conversations {

    static final List<List<String>> SCRIPTS = List.of(
            List.of("how do I pay my council tax", "can I pay by direct debit"),
            List.of("when is my bin day", "BK1 2AB"),
            List.of("when is the blue bin collected", "BK1 2AB", "4"),
            List.of("what's the capital of France", "can I talk to a real person"),
            List.of("when is my bin day", "BK2 4DE", "and the garden waste?"));

    private Conversations() {
    }

    /** The turns of conversation number {@code n}. */
    static List<String> script(int n) {
        return SCRIPTS.get(n % SCRIPTS.size());
    }

    /** Mean turns per conversation over the first {@code count} conversations. */
    static double meanTurns(int count) {
        long turns = 0;
        for (int n = 0; n < count; n++) {
            turns += script(n).size();
        }
        return count == 0 ? 0 : (double) turns / count;
    }
}
