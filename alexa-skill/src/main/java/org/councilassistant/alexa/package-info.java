/**
 * The Alexa channel: ASK SDK handlers, the en-GB interaction model and request verification, mapping Alexa
 * requests to the engine's {@code UserMessage}. Placeholder until the Alexa issue is built.
 */
package org.councilassistant.alexa;
