package org.councilassistant.benchmarks;

/** A command line the benchmarks cannot act on; reported as one line and exit code 2, without a stack trace. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
