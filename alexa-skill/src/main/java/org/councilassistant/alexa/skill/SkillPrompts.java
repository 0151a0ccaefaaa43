package org.councilassistant.alexa.skill;

import java.util.Optional;

import org.councilassistant.alexa.speech.VoiceResponder;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.request.Predicates;

/**
 * The built-in requests Alexa certification expects every skill to handle, answered with the skill's own
 * prompts: opening the skill, help, stop and cancel, "go home", the fallback, and the end of a session.
 */
final class SkillPrompts {

    private SkillPrompts() {
    }

    /** "Alexa, open Brackenfield Council": a welcome with examples, and the session stays open. */
    static final class Launch implements RequestHandler {

        private final VoiceResponder voice;

        Launch(VoiceResponder voice) {
            this.voice = voice;
        }

        @Override
        public boolean canHandle(HandlerInput input) {
            return input.matches(Predicates.requestType(LaunchRequest.class));
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            AssistantConversation.markConversational(input);
            return voice.ask(input, "welcome", "welcome.reprompt");
        }
    }

    /** AMAZON.NavigateHomeIntent: back to the start of the skill. */
    static final class NavigateHome implements RequestHandler {

        private final VoiceResponder voice;

        NavigateHome(VoiceResponder voice) {
            this.voice = voice;
        }

        @Override
        public boolean canHandle(HandlerInput input) {
            return input.matches(Predicates.intentName("AMAZON.NavigateHomeIntent"));
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            AssistantConversation.markConversational(input);
            return voice.ask(input, "welcome", "welcome.reprompt");
        }
    }

    static final class Help implements RequestHandler {

        private final VoiceResponder voice;

        Help(VoiceResponder voice) {
            this.voice = voice;
        }

        @Override
        public boolean canHandle(HandlerInput input) {
            return input.matches(Predicates.intentName("AMAZON.HelpIntent"));
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            AssistantConversation.markConversational(input);
            return voice.ask(input, "help", "help.reprompt");
        }
    }

    /** AMAZON.StopIntent and AMAZON.CancelIntent: say goodbye and end the session. */
    static final class StopOrCancel implements RequestHandler {

        private final VoiceResponder voice;

        StopOrCancel(VoiceResponder voice) {
            this.voice = voice;
        }

        @Override
        public boolean canHandle(HandlerInput input) {
            return input.matches(Predicates.intentName("AMAZON.StopIntent")
                    .or(Predicates.intentName("AMAZON.CancelIntent")));
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            return voice.tell(input, "goodbye");
        }
    }

    /** AMAZON.FallbackIntent, and any intent no other handler takes: say what the skill can do. */
    static final class Fallback implements RequestHandler {

        private final VoiceResponder voice;

        Fallback(VoiceResponder voice) {
            this.voice = voice;
        }

        @Override
        public boolean canHandle(HandlerInput input) {
            return input.matches(Predicates.requestType(com.amazon.ask.model.IntentRequest.class));
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            AssistantConversation.markConversational(input);
            return voice.ask(input, "fallback", "fallback.reprompt");
        }
    }

    /** The session ended (the resident said nothing, or left): Alexa accepts no speech here. */
    static final class SessionEnded implements RequestHandler {

        @Override
        public boolean canHandle(HandlerInput input) {
            return input.matches(Predicates.requestType(SessionEndedRequest.class));
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            return input.getResponseBuilder().build();
        }
    }

    /** Any other request type (device events, system errors) needs no answer. */
    static final class OtherRequests implements RequestHandler {

        @Override
        public boolean canHandle(HandlerInput input) {
            return true;
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            return input.getResponseBuilder().build();
        }
    }
}
