package org.councilassistant.alexa.verification;

/**
 * Thrown when a request fails verification. The message is a short reason that is safe to log: it never repeats
 * certificates, signatures or the request body.
 */
public class AlexaRequestRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AlexaRequestRejectedException(String reason) {
        super(reason);
    }

    public AlexaRequestRejectedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
