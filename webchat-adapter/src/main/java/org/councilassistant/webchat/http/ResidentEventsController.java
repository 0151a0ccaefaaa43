package org.councilassistant.webchat.http;

import java.util.List;
import java.util.Objects;

import org.councilassistant.core.conversation.ConversationEngine;
import org.councilassistant.core.handoff.LiveChat;
import org.councilassistant.core.handoff.Sender;
import org.councilassistant.core.handoff.TranscriptMessage;
import org.councilassistant.webchat.stream.PolledEventStreams;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/chat/sessions/{id}/events}: what the resident's widget shows live while a person has (or is
 * about to take) the conversation. Events: {@code handoff} ({@code {"status", "position"}}) when the place in
 * the queue or the status changes, and {@code message} ({@code {"id", "from": "agent"|"system", "text"}}) for what
 * the agent, or the council's system, says.
 */
@RestController
class ResidentEventsController {

    private final ConversationEngine engine;
    private final LiveChat liveChat;
    private final PolledEventStreams streams;

    ResidentEventsController(ConversationEngine engine, LiveChat liveChat, PolledEventStreams streams) {
        this.engine = engine;
        this.liveChat = liveChat;
        this.streams = streams;
    }

    /** A message the agent or the system sent to the resident. */
    record LiveMessage(long id, String from, String text) {
    }

    @GetMapping(path = "/api/chat/sessions/{sessionId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String sessionId) {
        engine.handoffState(sessionId);
        return streams.open(new ResidentPoll(sessionId, lastSeenByResident(sessionId)));
    }

    /** The widget has shown everything up to the last message the resident or the assistant wrote. */
    private long lastSeenByResident(String sessionId) {
        List<TranscriptMessage> transcript = liveChat.transcript(sessionId);
        return transcript.stream()
                .filter(message -> message.sender() == Sender.RESIDENT || message.sender() == Sender.ASSISTANT)
                .mapToLong(TranscriptMessage::id).max().orElse(0);
    }

    private final class ResidentPoll implements PolledEventStreams.Poll {

        private final String sessionId;
        private long lastMessageId;
        private ChatResponse.HandoffView lastState;

        ResidentPoll(String sessionId, long lastMessageId) {
            this.sessionId = sessionId;
            this.lastMessageId = lastMessageId;
        }

        @Override
        public void sendNew(SseEmitter emitter) throws java.io.IOException {
            for (TranscriptMessage message : liveChat.transcriptAfter(sessionId, lastMessageId)) {
                lastMessageId = message.id();
                if (message.sender() == Sender.AGENT || message.sender() == Sender.SYSTEM) {
                    String from = message.sender() == Sender.AGENT ? "agent" : "system";
                    emitter.send(SseEmitter.event().name("message").id(Long.toString(message.id()))
                            .data(new LiveMessage(message.id(), from, message.text()), MediaType.APPLICATION_JSON));
                }
            }
            ChatResponse.HandoffView state = ChatResponse.HandoffView.of(liveChat.residentState(sessionId));
            if (!Objects.equals(state, lastState)) {
                lastState = state;
                if (state != null) {
                    emitter.send(SseEmitter.event().name("handoff").data(state, MediaType.APPLICATION_JSON));
                }
            }
        }
    }
}
