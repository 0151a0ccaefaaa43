package org.councilassistant.alexa.verification;

import java.io.ByteArrayInputStream;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

/** Reads a chain of concatenated PEM certificates, the format Amazon publishes its signing chain in. */
final class PemCertificateChain {

    private PemCertificateChain() {
    }

    /**
     * The certificates in {@code pem} in the order they appear.
     *
     * @throws IllegalArgumentException if the content holds no certificate or is not PEM/DER X.509
     */
    static List<X509Certificate> parse(byte[] pem) {
        Collection<? extends Certificate> certificates;
        try {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("Not a PEM certificate chain", e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("No certificate in the PEM chain");
        }
        // An X.509 factory only ever produces X509Certificates.
        return certificates.stream().map(X509Certificate.class::cast).toList();
    }
}
