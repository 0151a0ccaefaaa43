package org.councilassistant.alexa.verification;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class PemCertificateChainTests {

    private static final TestCertificateAuthority AUTHORITY = new TestCertificateAuthority("PEM Test");

    @Test
    void readsEveryCertificateInFileOrder() {
        X509Certificate signing = AUTHORITY.signingCertificate(TestCertificateAuthority.rsaKeys());
        String chain = pem(signing) + pem(AUTHORITY.intermediate()) + pem(AUTHORITY.root());

        assertThat(PemCertificateChain.parse(chain.getBytes(US_ASCII)))
                .containsExactly(signing, AUTHORITY.intermediate(), AUTHORITY.root());
    }

    @Test
    void toleratesWindowsLineEndings() {
        String crlf = pem(AUTHORITY.intermediate()).replace("\n", "\r\n");

        assertThat(PemCertificateChain.parse(crlf.getBytes(US_ASCII))).containsExactly(AUTHORITY.intermediate());
    }

    @Test
    void rejectsContentThatHoldsNoCertificate() {
        assertThatIllegalArgumentException().isThrownBy(() -> PemCertificateChain.parse(new byte[0]));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PemCertificateChain.parse("<Error>AccessDenied</Error>".getBytes(US_ASCII)));
    }

    @Test
    void rejectsACorruptCertificate() {
        String corrupt = pem(AUTHORITY.root()).replaceFirst("\n[A-Za-z0-9+/]{64}\n", "\nAAAA\n");

        assertThatIllegalArgumentException().isThrownBy(() -> PemCertificateChain.parse(corrupt.getBytes(US_ASCII)));
    }

    static String pem(X509Certificate certificate) {
        try {
            Base64.Encoder lines = Base64.getMimeEncoder(64, "\n".getBytes(US_ASCII));
            return "-----BEGIN CERTIFICATE-----\n" + lines.encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
