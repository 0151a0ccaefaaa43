package org.councilassistant.alexa.verification;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Checks that a request was sent by Alexa for this skill, in the order Amazon lists the checks for a skill hosted
 * as a web service: both signature headers present, the certificate URL's rules, the signing certificate (valid
 * now, chaining to a trusted root, issued to {@code echo-api.amazon.com}), the {@code Signature-256} of the raw
 * body, a timestamp within 150 seconds of now, and the skill id.
 *
 * <p>Written here rather than taken from the SDK's {@code ask-sdk-servlet-support} verifiers: those need
 * {@code javax.servlet} (Spring Boot 4 is Jakarta), check the SHA-1 {@code Signature} header, and use the system
 * clock, the system trust store and the network behind a static cache, so nothing about them can be tested
 * offline. Here the clock, trust anchors and certificate source are all passed in.
 */
public final class AlexaRequestVerifier {

    static final Duration TIMESTAMP_TOLERANCE = Duration.ofSeconds(150);
    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";

    private final SigningCertificateSource certificates;
    private final SigningCertificateValidator certificateValidator;
    private final String skillId;
    private final Clock clock;

    /**
     * @param skillId the skill's application id; when {@code null} or blank every request is rejected, since
     *                whether to verify at all is the caller's decision, not a default of this class
     */
    public AlexaRequestVerifier(SigningCertificateSource certificates, Set<TrustAnchor> trustAnchors, String skillId,
            Clock clock) {
        this.certificates = Objects.requireNonNull(certificates, "certificates");
        if (trustAnchors.isEmpty()) {
            throw new IllegalArgumentException("At least one trust anchor is needed");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.certificateValidator = new SigningCertificateValidator(Set.copyOf(trustAnchors), clock);
        this.skillId = skillId;
    }

    /** The certificates the JDK trusts by default (its {@code cacerts}, or {@code javax.net.ssl.trustStore}). */
    public static Set<TrustAnchor> jdkDefaultTrustAnchors() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            return Arrays.stream(factory.getTrustManagers())
                    .filter(X509TrustManager.class::isInstance)
                    .flatMap(manager -> Arrays.stream(((X509TrustManager) manager).getAcceptedIssuers()))
                    .map(certificate -> new TrustAnchor(certificate, null))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the JDK's default trust store", e);
        }
    }

    /** @throws AlexaRequestRejectedException with a short reason (safe to log; never echoes certificates) */
    public void verify(AlexaHttpRequest request) {
        requireHeaders(request);
        URI certificateUrl = CertificateChainUrlValidator.validated(request.signatureCertChainUrl());
        X509Certificate signing = certificateValidator.validatedSigningCertificate(chainAt(certificateUrl));
        requireSignature(request, signing);
        AlexaRequestBody body = AlexaRequestBody.parse(request.body());
        requireFresh(body.timestamp());
        requireThisSkill(body.applicationId());
    }

    private static void requireHeaders(AlexaHttpRequest request) {
        if (isBlank(request.signatureCertChainUrl())) {
            throw new AlexaRequestRejectedException("missing SignatureCertChainUrl header");
        }
        if (isBlank(request.signature256())) {
            throw new AlexaRequestRejectedException("missing Signature-256 header");
        }
        if (request.body() == null) {
            throw new AlexaRequestRejectedException("missing request body");
        }
    }

    private List<X509Certificate> chainAt(URI url) {
        try {
            return certificates.chain(url);
        } catch (AlexaRequestRejectedException e) {
            throw e;
        } catch (RuntimeException e) {
            // Fail closed whatever the source threw; the cause stays attached for whoever logs the rejection.
            throw new AlexaRequestRejectedException("signing certificate chain could not be retrieved", e);
        }
    }

    private static void requireSignature(AlexaHttpRequest request, X509Certificate signing) {
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(request.signature256().strip());
        } catch (IllegalArgumentException e) {
            throw new AlexaRequestRejectedException("Signature-256 header is not base64");
        }
        boolean matches;
        try {
            Signature verifier = Signature.getInstance(SIGNATURE_ALGORITHM);
            verifier.initVerify(signing);
            verifier.update(request.body());
            matches = verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            throw new AlexaRequestRejectedException("request signature could not be checked", e);
        }
        if (!matches) {
            throw new AlexaRequestRejectedException("request signature does not match the body");
        }
    }

    private void requireFresh(Instant timestamp) {
        Duration age = Duration.between(timestamp, clock.instant()).abs();
        if (age.compareTo(TIMESTAMP_TOLERANCE) > 0) {
            throw new AlexaRequestRejectedException("request timestamp is more than 150 seconds from now");
        }
    }

    private void requireThisSkill(String applicationId) {
        if (isBlank(skillId)) {
            throw new AlexaRequestRejectedException("no skill id configured");
        }
        if (applicationId == null) {
            throw new AlexaRequestRejectedException("request has no application id");
        }
        if (!skillId.strip().equals(applicationId)) {
            throw new AlexaRequestRejectedException("request is for another skill");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
