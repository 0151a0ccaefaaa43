package org.councilassistant.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.councilassistant.benchmarks.jmh.InProcessAssistant;
import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.channel.UserMessage;
import org.councilassistant.core.session.ConversationSession;
import org.councilassistant.intents.training.LabelledExample;
import org.councilassistant.knowledgebase.search.SearchHit;
import org.councilassistant.knowledgebase.search.SearchRequest;

/**
 * A council's own content, imported in place of the sample council's as a council would (replace), and residents'
 * questions asked of the whole engine, each as the first message of a new conversation: how many get the article a
 * person would pick, how many another article, and how many no article at all.
 */
final class CouncilContentEvaluation {

    private CouncilContentEvaluation() {
    }

    /** One question, the article expected and the article answered (null for none). */
    record Outcome(String question, String expected, String answered, String intent, double confidence,
            List<SearchHit> searched) {

        boolean right() {
            return expected.equals(answered);
        }

        boolean unanswered() {
            return answered == null;
        }
    }

    record Result(List<Outcome> outcomes, double seconds) {

        long right() {
            return outcomes.stream().filter(Outcome::right).count();
        }

        long wrong() {
            return outcomes.stream().filter(o -> !o.right() && !o.unanswered()).count();
        }

        long unanswered() {
            return outcomes.stream().filter(Outcome::unanswered).count();
        }
    }

    /** The questions that the assistant answered with an article, each with the article: ideally none. */
    static List<String> answered(InProcessAssistant assistant, List<String> questions) {
        List<String> answered = new ArrayList<>();
        for (String question : questions) {
            ConversationSession session = assistant.engine().start("webchat");
            BotResponse response = assistant.engine().handle(UserMessage.text(session.id(), question, "webchat"));
            if (response.articleId() != null) {
                answered.add(question + " -> " + response.articleId());
            }
        }
        return answered;
    }

    /**
     * @param titleToId the id each expected title was imported under
     */
    static Result run(InProcessAssistant assistant, List<LabelledExample> questions,
            Map<String, String> titleToId) {
        long started = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>();
        for (LabelledExample question : questions) {
            ConversationSession session = assistant.engine().start("webchat");
            BotResponse response = assistant.engine().handle(UserMessage.text(session.id(), question.text(), "webchat"));
            String expected = titleToId.get(question.label());
            if (expected == null) {
                throw new IllegalArgumentException("No article is titled \"" + question.label() + "\"");
            }
            List<SearchHit> searched = assistant.knowledgeBase().search(SearchRequest.freeText(question.text(), 0, 3)
                    .withVector(assistant.classifier().embedder().orElseThrow().embed(question.text())));
            outcomes.add(new Outcome(question.text(), expected, response.articleId(), response.intent(),
                    response.confidence(), searched));
        }
        return new Result(outcomes, (System.nanoTime() - started) / 1e9);
    }
}
