package org.councilassistant.core.learning;

import java.time.Clock;
import java.util.Set;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.conversation.Turn;
import org.councilassistant.core.conversation.TurnObserver;
import org.councilassistant.core.handoff.Redactor;
import org.councilassistant.intents.CouncilIntents;

/**
 * Puts the turns the assistant did not answer well into the inbox: no answer at all, an answer the classifier
 * was unsure of, and the question behind a conversation that went to an agent. Residents' words are redacted.
 */
public final class UnansweredQuestionRecorder implements TurnObserver {

    /** Below this confidence an answer counts as a guess worth a member of staff's look. */
    private static final double LOW_CONFIDENCE = 0.5;
    /** Messages that are not questions to learn from: asking for a person, and what was not understood. */
    private static final Set<String> NOT_QUESTIONS = Set.of(CouncilIntents.TALK_TO_PERSON, CouncilIntents.OUT_OF_SCOPE);

    private final UnansweredQuestions inbox;
    private final Redactor redactor = new Redactor();
    private final Clock clock;

    public UnansweredQuestionRecorder(UnansweredQuestions inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public void answered(Turn turn, BotResponse response) {
        var classification = turn.classification();
        String language = turn.session().language().code();
        if (response.handoff() != null) {
            String question = CouncilIntents.TALK_TO_PERSON.equals(classification.intent())
                    ? turn.session().earlierQuestion(turn.text(), NOT_QUESTIONS).orElse(null) : turn.text();
            if (question != null) {
                inbox.record(redactor.redact(question), language, UnansweredReason.HANDED_OFF, null, null, clock.instant());
            }
        } else if (classification.outOfScope() && response.articleId() == null) {
            inbox.record(redactor.redact(turn.text()), language, UnansweredReason.OUT_OF_SCOPE,
                    bestGuess(classification), bestGuessConfidence(classification), clock.instant());
        } else if (!classification.outOfScope() && classification.confidence() < LOW_CONFIDENCE) {
            inbox.record(redactor.redact(turn.text()), language, UnansweredReason.LOW_CONFIDENCE,
                    classification.intent(), classification.confidence(), clock.instant());
        }
    }


    private static String bestGuess(org.councilassistant.intents.Classification classification) {
        return classification.alternatives().isEmpty() ? null : classification.alternatives().get(0).intent();
    }

    private static Double bestGuessConfidence(org.councilassistant.intents.Classification classification) {
        return classification.alternatives().isEmpty() ? null : classification.alternatives().get(0).confidence();
    }
}
