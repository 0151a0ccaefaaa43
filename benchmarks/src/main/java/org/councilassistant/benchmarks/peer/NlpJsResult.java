package org.councilassistant.benchmarks.peer;

import java.util.List;

/**
 * What the nlp.js script reported.
 *
 * @param version the node-nlp version that ran
 * @param nodeVersion the Node.js version that ran it
 * @param trainSeconds wall time of {@code manager.train()}
 * @param classificationsPerSecond eval utterances divided by the wall time of the timed classify loop
 * @param predictions the label predicted for each eval utterance, in order; {@code out_of_scope} for "None"
 */
public record NlpJsResult(String version, String nodeVersion, double trainSeconds, double classificationsPerSecond,
        List<String> predictions) {

    public NlpJsResult {
        predictions = List.copyOf(predictions);
    }
}
