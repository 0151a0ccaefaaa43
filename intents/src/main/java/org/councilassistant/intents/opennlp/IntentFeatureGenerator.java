package org.councilassistant.intents.opennlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Features for the intent model: words, word pairs and, for words of four letters or more, character
 * trigrams, so that a misspelling such as "recyling" still shares most features with "recycling".
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
            if (token.length() >= 4) {
                String padded = "^" + token + "$";
                for (int start = 0; start + 3 <= padded.length(); start++) {
                    features.add("c=" + padded.substring(start, start + 3));
                }
            }
        }
        if (tokens.length > 0) {
            features.add("first=" + tokens[0]);
        }
        return features;
    }
}
