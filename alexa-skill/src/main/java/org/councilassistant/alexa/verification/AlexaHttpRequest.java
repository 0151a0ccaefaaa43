package org.councilassistant.alexa.verification;

/**
 * The parts of an HTTP request that Alexa signs: the raw body bytes exactly as received and the two signature
 * headers, either of which may be {@code null} when absent.
 */
public record AlexaHttpRequest(byte[] body, String signatureCertChainUrl, String signature256) {
}
