package org.councilassistant.intents;

/**
 * Classifies a resident's message into one of the council's intents, or says it is out of scope.
 *
 * <p>Implementations are thread-safe: one instance serves every conversation.
 */
public interface IntentClassifier {

    Classification classify(String text);
}
