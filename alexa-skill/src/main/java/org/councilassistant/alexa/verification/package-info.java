/**
 * Verification that an HTTP request to the skill's endpoint was sent by Alexa, as certification requires of a
 * skill hosted as a web service. {@link org.councilassistant.alexa.verification.AlexaRequestVerifier} is the entry
 * point; where the signing certificates come from is the replaceable
 * {@link org.councilassistant.alexa.verification.SigningCertificateSource}.
 */
package org.councilassistant.alexa.verification;
