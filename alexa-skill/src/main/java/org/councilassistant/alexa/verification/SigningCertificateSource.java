package org.councilassistant.alexa.verification;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Where the verifier gets the certificate chain named by a request's {@code SignatureCertChainUrl}: over HTTPS in
 * production ({@link HttpsSigningCertificateSource}), from memory in tests.
 */
@FunctionalInterface
public interface SigningCertificateSource {

    /**
     * The chain at {@code url}, signing certificate first. The verifier calls this only with a URL that has passed
     * Amazon's URL rules, in normalised form. Any runtime exception means the chain is unavailable, and the request
     * is rejected.
     */
    List<X509Certificate> chain(URI url);
}
