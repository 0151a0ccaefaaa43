package org.councilassistant.intents.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.training.CouncilTrainingData;
import org.councilassistant.intents.training.LabelledExample;
import org.junit.jupiter.api.Test;

class TwoLanguageScorerTests {

    @Test
    void comparesWelshWithEnglishExactlyAsOpenNlpsNormalisedProbabilitiesDo() throws Exception {
        LanguageDetectorModel model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("langdetect-183.bin")) {
            model = new LanguageDetectorModel(in);
        }
        LanguageDetectorME openNlp = new LanguageDetectorME(model);
        TwoLanguageScorer scorer = TwoLanguageScorer.compile(model, "cym", "eng");

        List<String> texts = new ArrayList<>();
        for (String language : List.of("en", "cy")) {
            CouncilTrainingData.load(IntentCatalogue.load(), language).stream().map(LabelledExample::text)
                    .forEach(texts::add);
        }
        texts.addAll(List.of("BK1 2AB", "ok", "haia, bin day plis", "Ble mae’r ganolfan ailgylchu? 😀",
                "https://example.org/bins", "@council #bins 12345", "Привет, как дела?", "我的垃圾桶"));
        for (String text : texts) {
            double welsh = 0;
            double english = 0;
            for (opennlp.tools.langdetect.Language guess : openNlp.predictLanguages(text)) {
                if (guess.getLang().equals("cym")) {
                    welsh = guess.getConfidence();
                } else if (guess.getLang().equals("eng")) {
                    english = guess.getConfidence();
                }
            }
            assertThat(scorer.welshOverEnglish(text)).as(text)
                    .isCloseTo((welsh - english) / (welsh + english), within(1e-9));
        }
    }
}
