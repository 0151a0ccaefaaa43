package org.councilassistant.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TurnPlanTests {

    @Test
    void keepsEachConversationsLinesInOrder() {
        TurnPlan plan = TurnPlan.of(3_000, 50);

        Map<Integer, List<String>> said = new HashMap<>();
        for (int i = 0; i < plan.turns(); i++) {
            said.computeIfAbsent(plan.conversations()[i], c -> new ArrayList<>()).add(plan.texts()[i]);
        }
        said.forEach((conversation, lines) -> {
            List<String> script = ConversationScripts.script(conversation);
            assertThat(lines).isEqualTo(script.subList(0, lines.size()));
        });
    }

    @Test
    void spacesAConversationsTurnsBySlots() {
        TurnPlan plan = TurnPlan.of(100, 10);

        for (int i = 0; i + 1 < plan.turns(); i++) {
            for (int j = i + 1; j < Math.min(plan.turns(), i + 10); j++) {
                assertThat(plan.conversations()[j]).isNotEqualTo(plan.conversations()[i]);
            }
        }
    }

    @Test
    void countsTheSessionsItNeeds() {
        TurnPlan plan = TurnPlan.of(15_000, 500);
        int highest = 0;
        for (int conversation : plan.conversations()) {
            highest = Math.max(highest, conversation);
        }

        assertThat(plan.conversationCount()).isEqualTo(highest + 1);
        assertThat(TurnPlan.of(7, 500).conversationCount()).isEqualTo(7);
    }

    @Test
    void mixesKnowledgeQuestionsBinDayAndOutOfScope() {
        assertThat(ConversationScripts.messages()).contains("how do I pay my council tax", "when is my bin day",
                "BK1 2AB", "2", "what's the capital of France");
    }
}
