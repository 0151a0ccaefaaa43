package org.councilassistant.webchat.console;

import java.io.IOException;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.councilassistant.core.handoff.Handoff;
import org.councilassistant.core.handoff.LiveChat;
import org.councilassistant.core.handoff.TranscriptMessage;
import org.councilassistant.webchat.stream.PolledEventStreams;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/agent/events}: the agent console's live feed. Events: {@code queue} (the whole queue view,
 * whenever it changes) and {@code message} (each new message in a conversation the agent has).
 */
@RestController
class AgentEventsController {

    private final LiveChat liveChat;
    private final PolledEventStreams streams;

    AgentEventsController(LiveChat liveChat, PolledEventStreams streams) {
        this.liveChat = liveChat;
        this.streams = streams;
    }

    @GetMapping(path = "/api/agent/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(Principal agent) {
        return streams.open(new AgentPoll(agent.getName()));
    }

    private final class AgentPoll implements PolledEventStreams.Poll {

        private final String agent;
        private AgentViews.Queue lastQueue;
        /** The last message sent for each conversation (by handoff id) the agent has. */
        private final Map<Long, Long> lastMessageIds = new HashMap<>();

        AgentPoll(String agent) {
            this.agent = agent;
        }

        @Override
        public void sendNew(SseEmitter emitter) throws IOException {
            AgentViews.Queue queue = AgentApiController.queueFor(liveChat, agent);
            if (!Objects.equals(queue, lastQueue)) {
                lastQueue = queue;
                emitter.send(SseEmitter.event().name("queue").data(queue, MediaType.APPLICATION_JSON));
            }
            List<Handoff> mine = liveChat.connectedTo(agent);
            lastMessageIds.keySet().retainAll(mine.stream().map(Handoff::id).toList());
            for (Handoff handoff : mine) {
                Long last = lastMessageIds.get(handoff.id());
                List<TranscriptMessage> fresh = liveChat.transcriptAfter(handoff.conversationId(), last == null ? 0 : last);
                for (TranscriptMessage message : fresh) {
                    if (last != null) {
                        emitter.send(SseEmitter.event().name("message").id(Long.toString(message.id()))
                                .data(new AgentViews.LiveMessage(handoff.id(), AgentViews.Message.of(message)),
                                        MediaType.APPLICATION_JSON));
                    }
                    lastMessageIds.put(handoff.id(), message.id());
                }
                lastMessageIds.putIfAbsent(handoff.id(), 0L);
            }
        }
    }
}
