package org.councilassistant.benchmarks.load;

/**
 * The turns of an open-loop run, decided before it starts: {@code slots} conversations are open at any time, turn
 * {@code i} goes to slot {@code i mod slots}, and a slot whose conversation has said its last line starts the next
 * conversation. So one conversation's turns are {@code slots} turns apart, far enough for each reply to arrive
 * before the next message of the same conversation is sent.
 *
 * @param conversations conversation number of each turn (the index of its session)
 * @param texts what each turn says
 * @param conversationCount how many conversations, so how many sessions, the plan needs
 */
record TurnPlan(int[] conversations, String[] texts, int conversationCount) {

    static TurnPlan of(int turns, int slots) {
        if (slots < 1) {
            throw new IllegalArgumentException("slots must be positive: " + slots);
        }
        int[] conversationOfSlot = new int[slots];
        int[] lineOfSlot = new int[slots];
        int started = 0;
        for (int slot = 0; slot < slots; slot++) {
            conversationOfSlot[slot] = started++;
        }
        int[] conversations = new int[turns];
        String[] texts = new String[turns];
        int used = 0;
        for (int i = 0; i < turns; i++) {
            int slot = i % slots;
            int conversation = conversationOfSlot[slot];
            var script = ConversationScripts.script(conversation);
            conversations[i] = conversation;
            texts[i] = script.get(lineOfSlot[slot]);
            used = Math.max(used, conversation + 1);
            if (++lineOfSlot[slot] == script.size()) {
                conversationOfSlot[slot] = started++;
                lineOfSlot[slot] = 0;
            }
        }
        return new TurnPlan(conversations, texts, used);
    }

    int turns() {
        return texts.length;
    }
}
