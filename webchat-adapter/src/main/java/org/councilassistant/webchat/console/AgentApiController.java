package org.councilassistant.webchat.console;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import org.councilassistant.core.handoff.Handoff;
import org.councilassistant.core.handoff.HandoffConflictException;
import org.councilassistant.core.handoff.HandoffStatus;
import org.councilassistant.core.handoff.LiveChat;
import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.search.SearchRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agent console's API ({@code /api/agent}, AGENT role): the queue, claiming a conversation, its transcript,
 * replying, suggesting an article, transferring and ending, and the callback requests left out of hours.
 */
@RestController
@RequestMapping("/api/agent")
class AgentApiController {

    private static final int SUGGESTIONS = 3;

    private final LiveChat liveChat;
    private final KnowledgeBase knowledgeBase;
    private final AgentDirectory agents;

    AgentApiController(LiveChat liveChat, KnowledgeBase knowledgeBase, AgentDirectory agents) {
        this.liveChat = liveChat;
        this.knowledgeBase = knowledgeBase;
        this.agents = agents;
    }

    /** Who is signed in, for the console's header. */
    record Me(String username, String displayName) {
    }

    @GetMapping("/me")
    Me me(Principal agent) {
        return new Me(agent.getName(), agents.displayName(agent.getName()));
    }

    @GetMapping("/queue")
    AgentViews.Queue queue(Principal agent) {
        return queueFor(liveChat, agent.getName());
    }

    static AgentViews.Queue queueFor(LiveChat liveChat, String agent) {
        List<Handoff> waiting = liveChat.waiting();
        List<AgentViews.HandoffSummary> queued = new java.util.ArrayList<>();
        for (int i = 0; i < waiting.size(); i++) {
            queued.add(AgentViews.HandoffSummary.of(waiting.get(i), i + 1));
        }
        List<AgentViews.HandoffSummary> mine = liveChat.connectedTo(agent).stream()
                .map(handoff -> AgentViews.HandoffSummary.of(handoff, 0)).toList();
        return new AgentViews.Queue(queued, mine, liveChat.openCallbacks().size());
    }

    @GetMapping("/handoffs/{id}")
    AgentViews.Conversation conversation(@PathVariable long id) {
        Handoff handoff = liveChat.handoff(id);
        int position = handoff.status() == HandoffStatus.QUEUED ? liveChat.positionOf(handoff) : 0;
        List<String> details = handoff.details().isBlank() ? List.of() : Arrays.asList(handoff.details().split("\n"));
        return new AgentViews.Conversation(AgentViews.HandoffSummary.of(handoff, position), details,
                liveChat.transcript(handoff.conversationId()).stream().map(AgentViews.Message::of).toList());
    }

    @PostMapping("/handoffs/{id}/claim")
    AgentViews.Conversation claim(@PathVariable long id, Principal agent) {
        liveChat.claim(id, agent.getName(), agents.displayName(agent.getName()));
        return conversation(id);
    }

    @PostMapping("/handoffs/{id}/messages")
    ResponseEntity<Void> reply(@PathVariable long id, @Valid @RequestBody AgentMessageRequest request, Principal agent) {
        liveChat.agentSays(id, agent.getName(), request.text().strip());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @PostMapping("/handoffs/{id}/transfer")
    AgentViews.Conversation transfer(@PathVariable long id, @Valid @RequestBody TransferRequest request,
            Principal agent) {
        String to = request.agent().strip().toLowerCase(java.util.Locale.ROOT);
        if (!agents.isAgent(to)) {
            throw new HandoffConflictException("There is no agent called " + to);
        }
        liveChat.transfer(id, agent.getName(), to, agents.displayName(to));
        return conversation(id);
    }

    @PostMapping("/handoffs/{id}/end")
    AgentViews.Conversation end(@PathVariable long id, Principal agent) {
        liveChat.end(id, agent.getName());
        return conversation(id);
    }

    /** Published articles that match what the agent types, to paste into a reply. */
    @GetMapping("/articles")
    List<AgentViews.ArticleSuggestion> articles(@RequestParam("q") String query) {
        if (query.isBlank()) {
            return List.of();
        }
        return knowledgeBase.search(SearchRequest.freeText(query, 0.0, SUGGESTIONS)).stream()
                .map(hit -> knowledgeBase.publishedArticle(hit.articleId()))
                .flatMap(java.util.Optional::stream)
                .map(AgentViews.ArticleSuggestion::of)
                .toList();
    }

    @GetMapping("/callbacks")
    List<AgentViews.Callback> callbacks() {
        return liveChat.openCallbacks().stream().map(AgentViews.Callback::of).toList();
    }

    @PostMapping("/callbacks/{id}/handled")
    ResponseEntity<Void> callbackHandled(@PathVariable long id, Principal agent) {
        return liveChat.callbackHandled(id, agent.getName())
                ? ResponseEntity.noContent().build()
                : ResponseEntity.status(HttpStatus.CONFLICT).build();
    }
}
