package org.councilassistant.webchat.http;

import jakarta.validation.Valid;

import org.councilassistant.core.conversation.ConversationEngine;
import org.councilassistant.core.handoff.LiveChat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The resident's side of a handoff: where they stand, stop waiting, or leave a callback request. */
@RestController
@RequestMapping("/api/chat/sessions/{sessionId}")
class HandoffController {

    private final ConversationEngine engine;
    private final LiveChat liveChat;

    HandoffController(ConversationEngine engine, LiveChat liveChat) {
        this.engine = engine;
        this.liveChat = liveChat;
    }

    @GetMapping("/handoff")
    ChatResponse.HandoffView state(@PathVariable String sessionId) {
        return ChatResponse.HandoffView.of(engine.handoffState(sessionId));
    }

    @PostMapping("/handoff/cancel")
    ChatResponse.HandoffView cancel(@PathVariable String sessionId) {
        engine.handoffState(sessionId);
        liveChat.cancel(sessionId);
        return ChatResponse.HandoffView.of(engine.handoffState(sessionId));
    }

    @PostMapping("/callback")
    ResponseEntity<?> callback(@PathVariable String sessionId, @Valid @RequestBody CallbackRequestBody request) {
        engine.handoffState(sessionId);
        if (!request.hasContactDetails()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "Enter a phone number or an email address so that we can contact you");
            problem.setTitle("Contact details missing");
            return ResponseEntity.badRequest().body(problem);
        }
        liveChat.requestCallback(sessionId, request.name().strip(), blankToNull(request.phone()),
                blankToNull(request.email()), request.topic().strip());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
