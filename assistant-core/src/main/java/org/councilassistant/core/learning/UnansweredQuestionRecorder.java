package org.councilassistant.core.learning;

import java.time.Clock;
import java.util.List;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.conversation.Turn;
import org.councilassistant.core.conversation.TurnObserver;
import org.councilassistant.core.handoff.Redactor;
import org.councilassistant.core.session.SessionEvent;
import org.councilassistant.intents.CouncilIntents;

/**
 * Puts the turns the assistant did not answer well into the inbox: no answer at all, an answer the classifier
 * was unsure of, and the question behind a conversation that went to an agent. Residents' words are redacted.
 */
public final class UnansweredQuestionRecorder implements TurnObserver {

    /** Below this confidence an answer counts as a guess worth a member of staff's look. */
    private static final double LOW_CONFIDENCE = 0.5;

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
                    ? previousQuestion(turn) : turn.text();
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

    /** The resident's last real question before asking for a person, if any. */
    private static String previousQuestion(Turn turn) {
        List<SessionEvent> transcript = turn.session().transcript();
        for (int i = transcript.size() - 1; i >= 0; i--) {
            if (transcript.get(i) instanceof SessionEvent.UserSaid said && !said.text().equals(turn.text())
                    && !CouncilIntents.TALK_TO_PERSON.equals(said.intent())
                    && !CouncilIntents.OUT_OF_SCOPE.equals(said.intent())) {
                return said.text();
            }
        }
        return null;
    }

    private static String bestGuess(org.councilassistant.intents.Classification classification) {
        return classification.alternatives().isEmpty() ? null : classification.alternatives().get(0).intent();
    }

    private static Double bestGuessConfidence(org.councilassistant.intents.Classification classification) {
        return classification.alternatives().isEmpty() ? null : classification.alternatives().get(0).confidence();
    }
}
