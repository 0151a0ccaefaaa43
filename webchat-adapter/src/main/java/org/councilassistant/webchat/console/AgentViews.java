package org.councilassistant.webchat.console;

import java.time.Instant;
import java.util.List;

import org.councilassistant.core.handoff.CallbackRequest;
import org.councilassistant.core.handoff.Handoff;
import org.councilassistant.core.handoff.TranscriptMessage;
import org.councilassistant.knowledgebase.article.Article;

/** What the agent console reads, as JSON. */
final class AgentViews {

    private AgentViews() {
    }

    /** One conversation in the queue or with an agent. {@code position} is 0 once claimed. */
    record HandoffSummary(long id, int position, Instant requestedAt, String topic, boolean urgent, String reason,
            String status, String agent) {

        static HandoffSummary of(Handoff handoff, int position) {
            return new HandoffSummary(handoff.id(), position, handoff.requestedAt(), handoff.topic(), handoff.urgent(),
                    handoff.reason().name(), handoff.status().name(), handoff.agent());
        }
    }

    /** The queue, the agent's own conversations and how many callback requests wait. */
    record Queue(List<HandoffSummary> waiting, List<HandoffSummary> mine, int openCallbacks) {
    }

    record Message(long id, Instant sentAt, String sender, String agent, String text, String intent, Double confidence,
            String articleId) {

        static Message of(TranscriptMessage message) {
            return new Message(message.id(), message.sentAt(), message.sender().name(), message.agent(), message.text(),
                    message.intent(), message.confidence(), message.articleId());
        }
    }

    /** A conversation as the agent works on it: who has it, what was collected, and everything said. */
    record Conversation(HandoffSummary handoff, List<String> details, List<Message> transcript) {
    }

    record ArticleSuggestion(String id, String title, String answer, List<Link> links) {

        record Link(String label, String url) {
        }

        static ArticleSuggestion of(Article article) {
            return new ArticleSuggestion(article.id(), article.title(), article.answer(),
                    article.links().stream().map(link -> new Link(link.label(), link.url())).toList());
        }
    }

    record Callback(long id, Instant createdAt, String name, String phone, String email, String topic) {

        static Callback of(CallbackRequest request) {
            return new Callback(request.id(), request.createdAt(), request.name(), request.phone(), request.email(),
                    request.topic());
        }
    }

    /** A new message in one of the agent's conversations, for the live stream. */
    record LiveMessage(long handoffId, Message message) {
    }
}
