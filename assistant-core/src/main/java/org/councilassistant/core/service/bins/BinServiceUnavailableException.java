package org.councilassistant.core.service.bins;

/**
 * The council's bin system did not answer, or answered with something unusable (a timeout, an HTTP 500, malformed
 * JSON, a refused connection). The bin dialogues catch it and tell the resident, politely, to try again later or
 * phone; a council's own {@link BinCollections} or {@link MissedBinReports} adapter throws it for the same effect.
 *
 * <p>Its message must hold no personal data (no postcode, UPRN or address): it may be logged.
 */
public class BinServiceUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BinServiceUnavailableException(String message) {
        super(message);
    }

    public BinServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
