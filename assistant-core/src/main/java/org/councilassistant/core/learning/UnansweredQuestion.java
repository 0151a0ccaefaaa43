package org.councilassistant.core.learning;

import java.time.Instant;
import java.util.Set;

/**
 * One inbox item: a question, or a group of near-identical ones, the assistant did not answer well.
 *
 * @param example the first wording residents used (redacted)
 * @param asked how many times it (or a near-duplicate) was asked
 * @param bestIntent the classifier's best guess, for staff to confirm or correct; may be null
 */
public record UnansweredQuestion(long id, String example, String language, int asked, Set<UnansweredReason> reasons,
        String bestIntent, Double bestConfidence, Instant firstAskedAt, Instant lastAskedAt, String status,
        String resolution) {
}
