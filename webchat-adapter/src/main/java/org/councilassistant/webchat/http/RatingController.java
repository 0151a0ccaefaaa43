package org.councilassistant.webchat.http;

import java.time.Clock;
import java.util.List;

import org.councilassistant.core.conversation.ConversationEngine;
import org.councilassistant.core.conversation.UnknownSessionException;
import org.councilassistant.core.handoff.LiveChat;
import org.councilassistant.core.handoff.Sender;
import org.councilassistant.core.handoff.TranscriptMessage;
import org.councilassistant.core.learning.UnansweredQuestions;
import org.councilassistant.core.learning.UnansweredReason;
import org.councilassistant.knowledgebase.article.ArticleNotFoundException;
import org.councilassistant.knowledgebase.rating.AnswerRatings;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A resident's "was this helpful?" about an answer. A "no" also puts the question behind that answer into the
 * staff inbox, so that someone looks at why the article did not help.
 */
@RestController
class RatingController {

    private final AnswerRatings ratings;
    private final LiveChat liveChat;
    private final ConversationEngine engine;
    private final UnansweredQuestions inbox;
    private final Clock clock;

    RatingController(AnswerRatings ratings, LiveChat liveChat, ConversationEngine engine, UnansweredQuestions inbox,
            Clock clock) {
        this.ratings = ratings;
        this.liveChat = liveChat;
        this.engine = engine;
        this.inbox = inbox;
        this.clock = clock;
    }

    record RatingRequest(String articleId, boolean helpful) {
    }

    @PostMapping("/api/chat/sessions/{sessionId}/ratings")
    ResponseEntity<Void> rate(@PathVariable String sessionId, @RequestBody RatingRequest request) {
        if (liveChat.storedChannel(sessionId).isEmpty()) {
            throw new UnknownSessionException(sessionId);
        }
        ratings.recordRating(request.articleId(), request.helpful(), ChatController.CHANNEL, clock.instant());
        if (!request.helpful()) {
            String question = questionAnsweredBy(liveChat.transcript(sessionId), request.articleId());
            if (question != null) {
                inbox.record(question, engine.languageOf(sessionId).code(), UnansweredReason.THUMBS_DOWN, null, null,
                        clock.instant());
            }
        }
        return ResponseEntity.noContent().build();
    }

    /** The resident's last message before the latest answer from the article (stored redacted), or null. */
    private static String questionAnsweredBy(List<TranscriptMessage> transcript, String articleId) {
        for (int i = transcript.size() - 1; i >= 0; i--) {
            TranscriptMessage message = transcript.get(i);
            if (message.sender() == Sender.ASSISTANT && articleId.equals(message.articleId())) {
                for (int j = i - 1; j >= 0; j--) {
                    if (transcript.get(j).sender() == Sender.RESIDENT) {
                        return transcript.get(j).text();
                    }
                }
                return null;
            }
        }
        return null;
    }

    @ExceptionHandler(UnknownSessionException.class)
    ResponseEntity<ProblemDetail> unknownSession() {
        return problem(HttpStatus.NOT_FOUND, "Conversation not found",
                "This conversation has ended or expired. Please start a new one.");
    }

    @ExceptionHandler(ArticleNotFoundException.class)
    ResponseEntity<ProblemDetail> unknownArticle() {
        return problem(HttpStatus.NOT_FOUND, "Answer not found", "There is no such answer to rate.");
    }

    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        return problem(HttpStatus.BAD_REQUEST, "Unreadable rating",
                "Send JSON such as {\"articleId\": \"pay-council-tax\", \"helpful\": false}.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
