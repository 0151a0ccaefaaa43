package org.councilassistant.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.councilassistant.intents.embedding.ForwardingTextEmbedder;
import org.councilassistant.intents.embedding.TextEmbedder;

/**
 * Embeds each distinct text once, however often it is indexed: every fold of a cross-validation indexes nearly the
 * same articles again, and the model's time would otherwise be most of the run.
 */
final class MemoisedEmbedder extends ForwardingTextEmbedder {

    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    MemoisedEmbedder(TextEmbedder model) {
        super(model);
    }

    @Override
    public float[] embed(String text) {
        return vectors.computeIfAbsent(text, model()::embed);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<String> missing = texts.stream().filter(text -> !vectors.containsKey(text)).distinct().toList();
        List<float[]> computed = model().embedAll(missing);
        for (int i = 0; i < missing.size(); i++) {
            vectors.put(missing.get(i), computed.get(i));
        }
        List<float[]> result = new ArrayList<>(texts.size());
        texts.forEach(text -> result.add(vectors.get(text)));
        return result;
    }
}
