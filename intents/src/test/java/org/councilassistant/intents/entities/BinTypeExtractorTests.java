package org.councilassistant.intents.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BinTypeExtractorTests {

    private final BinTypeExtractor extractor = new BinTypeExtractor();

    @Test
    void readsColoursAndNamesAsBinTypes() {
        assertThat(extractor.extract("my black bin")).containsExactly(BinType.GENERAL);
        assertThat(extractor.extract("the GREY one")).containsExactly(BinType.GENERAL);
        assertThat(extractor.extract("blue recycling bin")).containsExactly(BinType.RECYCLING);
        assertThat(extractor.extract("and the garden waste?")).containsExactly(BinType.GARDEN);
        assertThat(extractor.extract("brown bin")).containsExactly(BinType.GARDEN);
        assertThat(extractor.extract("green bin")).containsExactly(BinType.GARDEN);
        assertThat(extractor.extract("food caddy")).containsExactly(BinType.FOOD);
    }

    @Test
    void keepsTheOrderMentionedWithoutRepeats() {
        assertThat(extractor.extract("food and recycling, and the blue one"))
                .containsExactly(BinType.FOOD, BinType.RECYCLING);
    }

    @Test
    void ignoresWordsThatOnlyContainABinWord() {
        assertThat(extractor.extract("bluebell lane, greyhound road, seafood")).isEmpty();
    }
}
