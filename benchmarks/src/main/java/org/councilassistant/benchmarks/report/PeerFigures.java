package org.councilassistant.benchmarks.report;

import org.councilassistant.benchmarks.peer.PeerComparison;

/**
 * Our engine and nlp.js on the same splits in the same run.
 *
 * @param peer the peer and its version, e.g. "nlp.js (node-nlp 4.27.0, Node.js v20.20.2)"
 */
public record PeerFigures(String peer, PeerComparison comparison) {
}
