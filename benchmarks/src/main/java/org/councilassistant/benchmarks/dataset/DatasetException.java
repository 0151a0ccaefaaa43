package org.councilassistant.benchmarks.dataset;

/** A dataset that is missing or not in the format it claims to be; the message says which file and where. */
public final class DatasetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
