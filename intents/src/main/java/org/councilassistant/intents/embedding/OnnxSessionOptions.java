package org.councilassistant.intents.embedding;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * ONNX Runtime session options for a server that embeds one message per request on many request threads at once.
 *
 * <p>ONNX Runtime's defaults give every session an intra-op pool of one thread per core whose threads spin while
 * waiting for work. That suits one caller with the machine to itself; on a small server each request thread would
 * wake the whole pool for a sentence that takes a millisecond or two, and spinning threads take the cores the other
 * requests need. One thread per call, no spinning: concurrency comes from the request threads instead.
 */
final class OnnxSessionOptions {

    private OnnxSessionOptions() {
    }

    /** Options for one-thread-per-call inference with full graph optimisation; the caller closes them. */
    static OrtSession.SessionOptions forConcurrentRequests() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        try {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            return options;
        } catch (OrtException | RuntimeException e) {
            options.close();
            throw e;
        }
    }
}
