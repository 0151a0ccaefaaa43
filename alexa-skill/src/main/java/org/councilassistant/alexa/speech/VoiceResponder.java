package org.councilassistant.alexa.speech;

import java.util.Optional;
import java.util.stream.Collectors;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.channel.Reply;
import org.councilassistant.core.channel.ReplyLink;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;

/**
 * Speaks an engine answer: the short spoken form as SSML, and a card in the Alexa app with the full text and
 * links. A question from the engine ("What's your house number?") keeps the microphone open and is the
 * reprompt; an answer ends a one-shot request, or asks "anything else?" in a conversation the resident opened.
 */
public final class VoiceResponder {

    private final VoicePrompts prompts;

    public VoiceResponder(VoicePrompts prompts) {
        this.prompts = prompts;
    }

    public Optional<Response> answer(HandlerInput input, BotResponse response, boolean conversational) {
        String spoken = response.replies().stream().map(Reply::spokenText).collect(Collectors.joining(" "));
        ResponseBuilder builder = input.getResponseBuilder().withSimpleCard(prompts.text("card.title"), card(response));
        if (asksSomething(spoken)) {
            return builder.withSpeech(Ssml.fromText(spoken))
                    .withReprompt(Ssml.fromText(lastSentence(spoken)))
                    .withShouldEndSession(false)
                    .build();
        }
        if (conversational) {
            String anythingElse = prompts.text("anythingElse");
            return builder.withSpeech(Ssml.fromText(spoken + " " + anythingElse))
                    .withReprompt(Ssml.escape(anythingElse))
                    .withShouldEndSession(false)
                    .build();
        }
        return builder.withSpeech(Ssml.fromText(spoken)).withShouldEndSession(true).build();
    }

    /** Says one of the skill's own prompts and waits for an answer. */
    public Optional<Response> ask(HandlerInput input, String speechKey, String repromptKey) {
        return input.getResponseBuilder()
                .withSpeech(Ssml.escape(prompts.text(speechKey)))
                .withReprompt(Ssml.escape(prompts.text(repromptKey)))
                .withShouldEndSession(false)
                .build();
    }

    /** Says one of the skill's own prompts and ends the session. */
    public Optional<Response> tell(HandlerInput input, String speechKey, Object... args) {
        return input.getResponseBuilder()
                .withSpeech(Ssml.fromText(prompts.text(speechKey, args)))
                .withShouldEndSession(true)
                .build();
    }

    /** "Sorry, I didn't catch that. What's your house number?" and waits again. */
    public Optional<Response> askAgain(HandlerInput input, String apologyKey, String questionKey) {
        String question = prompts.text(questionKey);
        return input.getResponseBuilder()
                .withSpeech(Ssml.escape(prompts.text(apologyKey) + " " + question))
                .withReprompt(Ssml.escape(question))
                .withShouldEndSession(false)
                .build();
    }

    /** Explains why the postcode is needed and sends the Alexa app's permissions card. */
    public Optional<Response> askForPermission(HandlerInput input, String permission) {
        return input.getResponseBuilder()
                .withSpeech(Ssml.escape(prompts.text("address.permission")))
                .withAskForPermissionsConsentCard(java.util.List.of(permission))
                .withShouldEndSession(true)
                .build();
    }

    private static String card(BotResponse response) {
        StringBuilder card = new StringBuilder();
        for (Reply reply : response.replies()) {
            if (card.length() > 0) {
                card.append("\n\n");
            }
            card.append(reply.text());
            for (ReplyLink link : reply.links()) {
                card.append("\n").append(link.label()).append(": ").append(link.url());
            }
        }
        return card.toString();
    }

    private static boolean asksSomething(String spoken) {
        return spoken.strip().endsWith("?");
    }

    private static String lastSentence(String spoken) {
        String text = spoken.strip();
        int end = Math.max(text.lastIndexOf(". ", text.length() - 2), text.lastIndexOf("! ", text.length() - 2));
        return end < 0 ? text : text.substring(end + 2);
    }
}
