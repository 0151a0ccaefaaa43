package org.councilassistant.alexa.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.councilassistant.alexa.model.InteractionModel.SlotType;
import org.councilassistant.alexa.model.InteractionModel.SlotValue;
import org.councilassistant.intents.entities.BinType;
import org.junit.jupiter.api.Test;

class BinTypeVocabularyTests {

    private final BinTypeVocabulary vocabulary = BinTypeVocabulary.load();

    @Test
    void slotsTheOneBinWordOfASample() {
        assertThat(vocabulary.slotted("is it blue bin week")).contains("is it {binType} bin week");
        assertThat(vocabulary.slotted("my garden waste was not emptied")).contains("my {binType} was not emptied");
        assertThat(vocabulary.slotted("where is my food caddy")).contains("where is my {binType}");
    }

    @Test
    void leavesSamplesWithoutExactlyOneBinWordAlone() {
        assertThat(vocabulary.slotted("when is my bin day")).isEmpty();
        assertThat(vocabulary.slotted("is it black bin or blue bin this week")).isEmpty();
        assertThat(vocabulary.slotted("bluebell road")).isEmpty();
    }

    @Test
    void hasOneSlotValuePerBinTypeWithTheBinWordsAsSynonyms() {
        SlotType slotType = vocabulary.slotType();

        assertThat(slotType.name()).isEqualTo(BinTypeVocabulary.SLOT_TYPE);
        assertThat(slotType.values()).extracting(SlotValue::id)
                .containsExactly(Arrays.stream(BinType.values()).map(BinType::name).toArray(String[]::new));
        SlotValue recycling = slotType.values().get(BinType.RECYCLING.ordinal());
        assertThat(recycling.name().value()).isEqualTo("recycling");
        assertThat(recycling.name().synonyms()).contains("blue", "recyclables").doesNotContain("recycling");
    }
}
