package org.councilassistant.webchat.http;

import java.net.URI;

import jakarta.validation.Valid;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.channel.UserMessage;
import org.councilassistant.core.conversation.ConversationEngine;
import org.councilassistant.core.session.ConversationSession;
import org.councilassistant.intents.language.Language;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The web-chat API: start a conversation, then post the resident's messages to it. */
@RestController
@RequestMapping("/api/chat/sessions")
class ChatController {

    static final String CHANNEL = "webchat";

    private final ConversationEngine engine;

    ChatController(ConversationEngine engine) {
        this.engine = engine;
    }

    @PostMapping
    ResponseEntity<SessionCreated> start() {
        ConversationSession session = engine.start(CHANNEL);
        return ResponseEntity.created(URI.create("/api/chat/sessions/" + session.id()))
                .body(new SessionCreated(session.id()));
    }

    @PostMapping("/{sessionId}/messages")
    ChatResponse send(@PathVariable String sessionId, @Valid @RequestBody ChatMessageRequest request) {
        BotResponse response = engine.handle(UserMessage.text(sessionId, request.text(), CHANNEL));
        return ChatResponse.from(response, engine.languageOf(sessionId));
    }

    /** The resident chose a language in the widget ("Cymraeg" / "English"); it wins over detection. */
    @PutMapping("/{sessionId}/language")
    LanguageChoice chooseLanguage(@PathVariable String sessionId, @Valid @RequestBody LanguageChoice choice) {
        engine.chooseLanguage(sessionId, Language.ofCode(choice.language()).orElseThrow());
        return new LanguageChoice(engine.languageOf(sessionId).code());
    }
}
