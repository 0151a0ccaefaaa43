package org.councilassistant.webchat.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.councilassistant.core.learning.ModelRetraining;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Retraining in the background (it takes seconds to a minute), one at a time, with its state for the console
 * to poll: running, ready for staff to confirm (with the comparison), applied, or failed.
 */
@Component
class RetrainingJob {

    private static final Logger log = LoggerFactory.getLogger(RetrainingJob.class);

    /** What the console shows. {@code comparison} is set once a candidate is ready. */
    record State(String status, String startedBy, Instant startedAt, ModelRetraining.Comparison comparison,
            String message) {

        static final State IDLE = new State("idle", null, null, null, null);
    }

    private final ModelRetraining retraining;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "model-retraining");
        thread.setDaemon(true);
        return thread;
    });
    private State state = State.IDLE;
    private ModelRetraining.Candidate candidate;

    RetrainingJob(ModelRetraining retraining, Clock clock) {
        this.retraining = retraining;
        this.clock = clock;
    }

    synchronized State state() {
        return state;
    }

    /** Starts training a candidate; false if one is already training. */
    synchronized boolean start(String staff) {
        if ("running".equals(state.status())) {
            return false;
        }
        candidate = null;
        state = new State("running", staff, clock.instant(), null, null);
        worker.execute(this::train);
        return true;
    }

    /** Puts the ready candidate live. */
    synchronized State apply(boolean evenIfWorse) {
        if (candidate == null) {
            throw new IllegalStateException("There is no retrained model waiting to be applied");
        }
        retraining.apply(candidate, evenIfWorse);
        state = new State("applied", state.startedBy(), state.startedAt(), candidate.comparison(), null);
        candidate = null;
        return state;
    }

    private void train() {
        try {
            ModelRetraining.Candidate trained = retraining.propose();
            synchronized (this) {
                candidate = trained;
                state = new State("ready", state.startedBy(), state.startedAt(), trained.comparison(), null);
            }
        } catch (RuntimeException e) {
            log.error("Retraining failed", e);
            synchronized (this) {
                state = new State("failed", state.startedBy(), state.startedAt(), null,
                        "Retraining failed; the model in use is unchanged.");
            }
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
