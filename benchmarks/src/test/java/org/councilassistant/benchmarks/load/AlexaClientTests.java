package org.councilassistant.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlexaClientTests {

    @Test
    void readsWhatAlexaWouldSay() {
        assertThat(AlexaClient.speech("""
                {"version":"1.0","response":{"outputSpeech":{"type":"SSML","ssml":"<speak>Pay online.</speak>"}}}"""))
                .isEqualTo("<speak>Pay online.</speak>");
        assertThat(AlexaClient.speech("""
                {"response":{"outputSpeech":{"type":"PlainText","text":"Pay online."}}}""")).isEqualTo("Pay online.");
        assertThat(AlexaClient.speech("{\"response\":{}}")).isEmpty();
        assertThat(AlexaClient.speech("<html>not json")).isEmpty();
    }

    @Test
    void takesOnlyASpokenAnswerForAnAnswer() {
        assertThat(AlexaClient.problem(200, "<speak>You can pay your council tax online.</speak>")).isEmpty();
        assertThat(AlexaClient.problem(400, "")).contains("answered 400");
        assertThat(AlexaClient.problem(200, " ")).contains("no outputSpeech in the reply");
        assertThat(AlexaClient.problem(200, "<speak>Sorry, something went wrong on our side. Please try again in a "
                + "moment, or call us on 01632 960 100.</speak>")).get().asString().contains("apologised");
    }
}
