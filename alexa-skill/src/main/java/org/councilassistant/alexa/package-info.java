/**
 * The Alexa channel: {@code POST /alexa} ({@code http}), ASK SDK request handlers that pass what residents say to
 * the shared conversation engine ({@code skill}), spoken output ({@code speech}), request verification as Alexa
 * certification requires ({@code verification}) and the en-GB interaction model generated from the intents
 * module ({@code model}).
 */
package org.councilassistant.alexa;
