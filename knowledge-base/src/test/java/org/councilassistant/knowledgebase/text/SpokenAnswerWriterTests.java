package org.councilassistant.knowledgebase.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilassistant.knowledgebase.validation.Texts;
import org.junit.jupiter.api.Test;

class SpokenAnswerWriterTests {

    @Test
    void speaksTheFirstSentencesAndSkipsTheHeading() {
        String spoken = SpokenAnswerWriter.from("""
                How to pay

                You can pay your council tax by Direct Debit. It is the easiest way to pay.

                You can also pay online, by phone or at a library.""");

        assertThat(spoken).isEqualTo("You can pay your council tax by Direct Debit. It is the easiest way to pay. "
                + "You can also pay online, by phone or at a library.");
    }

    @Test
    void leavesOutSentencesWithAddressesAndSpeaksSymbolsAsWords() {
        String spoken = SpokenAnswerWriter.from("""
                Visit https://www.northmoor.example/pay to pay online. Bills & reminders go out in March.
                Email ctax@northmoor.example with questions. About 95% of people pay on time.""");

        assertThat(spoken).isEqualTo("Bills and reminders go out in March. About 95 per cent of people pay on time.");
    }

    @Test
    void readsListItemsAsSentences() {
        String spoken = SpokenAnswerWriter.from("""
                We collect these bins:

                - Black bin: every two weeks
                - *Food caddy*: every week""");

        assertThat(spoken).isEqualTo("We collect these bins. Black bin: every two weeks. Food caddy: every week.");
    }

    @Test
    void stopsAtASentenceBoundaryWithinTheSpokenLimit() {
        String sentence = "This sentence about recycling centres has exactly seventy characters.";
        String spoken = SpokenAnswerWriter.from((sentence + " ").repeat(30));

        assertThat(spoken.length()).isLessThanOrEqualTo(Texts.SPOKEN_ANSWER_LENGTH);
        assertThat(spoken).endsWith(sentence).startsWith(sentence);
        assertThat(SpokenAnswerWriter.from(sentence + " " + sentence, 100)).isEqualTo(sentence);
    }

    @Test
    void cutsASentenceTooLongToSayAtAClause() {
        String longSentence = "You can apply for a permit for a van, a pickup or a trailer, " + "and more, ".repeat(80)
                + "and we will reply.";

        String spoken = SpokenAnswerWriter.from(longSentence);

        assertThat(spoken.length()).isLessThanOrEqualTo(Texts.SPOKEN_ANSWER_LENGTH);
        assertThat(spoken).startsWith("You can apply for a permit").endsWith("and more.");
    }

    @Test
    void isEmptyWhenNothingCanBeReadAloud() {
        assertThat(SpokenAnswerWriter.from("https://www.northmoor.example/forms")).isEmpty();
        assertThat(SpokenAnswerWriter.from("Opening hours")).isEqualTo("Opening hours.");
    }
}
