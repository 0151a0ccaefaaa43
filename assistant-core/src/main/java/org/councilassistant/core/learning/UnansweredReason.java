package org.councilassistant.core.learning;

/** Why a question is in the inbox. */
public enum UnansweredReason {
    /** No intent matched and no article covered it. */
    OUT_OF_SCOPE,
    /** Answered, but the classifier was unsure. */
    LOW_CONFIDENCE,
    /** The resident said the answer did not help. */
    THUMBS_DOWN,
    /** The conversation went to an agent. */
    HANDED_OFF
}
