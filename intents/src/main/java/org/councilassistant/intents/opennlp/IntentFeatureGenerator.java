package org.councilassistant.intents.opennlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Features for the OpenNLP member of the intent ensemble: words, word pairs and the first word. (Character
 * n-grams, which carry misspellings, are the linear member's job; keeping them out here keeps this model
 * fast and its mistakes different.)
 *
 * <p>Public with a no-argument constructor because OpenNLP re-creates it by name when a model is loaded.
 */
public class IntentFeatureGenerator implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(tokens.length * 8);
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            features.add("w=" + token);
            if (i + 1 < tokens.length) {
                features.add("b=" + token + "_" + tokens[i + 1]);
            }
        }
        if (tokens.length > 0) {
            features.add("first=" + tokens[0]);
        }
        return features;
    }
}
