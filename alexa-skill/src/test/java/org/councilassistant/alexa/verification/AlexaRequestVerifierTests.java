package org.councilassistant.alexa.verification;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.councilassistant.alexa.verification.TestCertificateAuthority.ALEXA_DNS_NAME;
import static org.councilassistant.alexa.verification.TestCertificateAuthority.CLOCK;
import static org.councilassistant.alexa.verification.TestCertificateAuthority.NOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.KeyPair;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AlexaRequestVerifierTests {

    private static final String SKILL_ID = "amzn1.ask.skill.11111111-2222-3333-4444-555555555555";
    private static final String CERT_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem";
    private static final TestCertificateAuthority AMAZON = new TestCertificateAuthority("Test Amazon");
    private static final TestCertificateAuthority STRANGER = new TestCertificateAuthority("Stranger");
    private static final KeyPair SIGNING_KEYS = TestCertificateAuthority.rsaKeys();
    private static final Set<TrustAnchor> TRUSTED = Set.of(AMAZON.trustAnchor());

    private final List<URI> fetched = new ArrayList<>();
    private List<X509Certificate> servedChain = List.of(AMAZON.signingCertificate(SIGNING_KEYS), AMAZON.intermediate());

    private final SigningCertificateSource source = url -> {
        fetched.add(url);
        return servedChain;
    };

    @Test
    void acceptsASignedFreshRequestForThisSkill() {
        assertThatCode(() -> verifier().verify(signed(body(NOW, SKILL_ID)))).doesNotThrowAnyException();
        assertThat(fetched).containsExactly(URI.create(CERT_URL));
    }

    @Test
    void fetchesTheChainFromTheNormalisedUrl() {
        String url = "HTTPS://S3.Amazonaws.COM:443/echo.api/../echo.api/echo-api-cert-12.pem";
        byte[] body = body(NOW, SKILL_ID);

        verifier().verify(new AlexaHttpRequest(body, url, sign(body)));

        assertThat(fetched).containsExactly(URI.create(CERT_URL));
    }

    @Test
    void acceptsAChainThatEndsWithItsRoot() {
        servedChain = List.of(AMAZON.signingCertificate(SIGNING_KEYS), AMAZON.intermediate(), AMAZON.root());

        assertThatCode(() -> verifier().verify(signed(body(NOW, SKILL_ID)))).doesNotThrowAnyException();
    }

    @Test
    void acceptsAChainEndingInACrossSignedCopyOfATrustedRoot() {
        // Sent as is, this path ends at a root we do not trust; the trusted root is one link short of its end.
        servedChain = List.of(AMAZON.signingCertificate(SIGNING_KEYS), AMAZON.intermediate(),
                AMAZON.rootCrossSignedBy(STRANGER));

        assertThatCode(() -> verifier().verify(signed(body(NOW, SKILL_ID)))).doesNotThrowAnyException();
    }

    @Test
    void takesTheSkillIdFromTheSessionWhenTheContextHasNone() {
        String json = """
                {"session": {"application": {"applicationId": "%s"}},
                 "request": {"type": "LaunchRequest", "timestamp": "%s"}}""".formatted(SKILL_ID, NOW);

        assertThatCode(() -> verifier().verify(signed(json.getBytes(UTF_8)))).doesNotThrowAnyException();
    }

    @Test
    void prefersTheContextSkillIdToTheSessionOne() {
        String json = """
                {"session": {"application": {"applicationId": "%s"}},
                 "context": {"System": {"application": {"applicationId": "amzn1.ask.skill.other"}}},
                 "request": {"type": "LaunchRequest", "timestamp": "%s"}}""".formatted(SKILL_ID, NOW);

        assertRejected(signed(json.getBytes(UTF_8)), "request is for another skill");
    }

    @Test
    void rejectsABodyChangedAfterSigning() {
        byte[] body = body(NOW, SKILL_ID);
        String signature = sign(body);
        body[body.length / 2] ^= 1;

        assertRejected(new AlexaHttpRequest(body, CERT_URL, signature), "request signature does not match the body");
    }

    @Test
    void rejectsASignatureMadeWithAnotherKey() {
        byte[] body = body(NOW, SKILL_ID);
        String signature = TestCertificateAuthority.sign(body, TestCertificateAuthority.rsaKeys().getPrivate());

        assertRejected(new AlexaHttpRequest(body, CERT_URL, signature), "request signature does not match the body");
    }

    @Test
    void rejectsASignatureThatIsNotBase64() {
        assertRejected(new AlexaHttpRequest(body(NOW, SKILL_ID), CERT_URL, "not*base64!"),
                "Signature-256 header is not base64");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void rejectsAMissingSignature(String signature) {
        assertRejected(new AlexaHttpRequest(body(NOW, SKILL_ID), CERT_URL, signature), "missing Signature-256 header");
        assertThat(fetched).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void rejectsAMissingCertificateUrl(String url) {
        byte[] body = body(NOW, SKILL_ID);

        assertRejected(new AlexaHttpRequest(body, url, sign(body)), "missing SignatureCertChainUrl header");
        assertThat(fetched).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://s3.amazonaws.com/echo.api/echo-api-cert.pem",
            "https://notamazon.com/echo.api/echo-api-cert.pem",
            "https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem",
            "https://s3.amazonaws.com/invalid.path/echo-api-cert.pem",
            "https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem",
            "https://s3.amazonaws.com/echo.api/../invalid.path/echo-api-cert.pem"})
    void rejectsACertificateUrlOutsideAmazonsRulesWithoutFetchingIt(String url) {
        byte[] body = body(NOW, SKILL_ID);

        assertThatThrownBy(() -> verifier().verify(new AlexaHttpRequest(body, url, sign(body))))
                .isInstanceOf(AlexaRequestRejectedException.class)
                .hasMessageStartingWith("certificate chain URL");
        assertThat(fetched).isEmpty();
    }

    @Test
    void rejectsAChainFromAnUntrustedAuthority() {
        servedChain = List.of(STRANGER.signingCertificate(SIGNING_KEYS), STRANGER.intermediate(), STRANGER.root());

        assertRejected(signed(body(NOW, SKILL_ID)), "signing certificate does not chain to a trusted root");
    }

    @Test
    void rejectsASelfSignedSigningCertificate() {
        servedChain = List.of(TestCertificateAuthority.selfSignedSigningCertificate(SIGNING_KEYS));

        assertRejected(signed(body(NOW, SKILL_ID)), "signing certificate does not chain to a trusted root");
    }

    @Test
    void rejectsAChainMissingItsIntermediate() {
        servedChain = List.of(AMAZON.signingCertificate(SIGNING_KEYS));

        assertRejected(signed(body(NOW, SKILL_ID)), "signing certificate does not chain to a trusted root");
    }

    @Test
    void rejectsAnExpiredSigningCertificate() {
        servedChain = List.of(AMAZON.signingCertificate(SIGNING_KEYS, NOW.minus(Duration.ofDays(30)),
                NOW.minusSeconds(1), ALEXA_DNS_NAME), AMAZON.intermediate());

        assertRejected(signed(body(NOW, SKILL_ID)), "signing certificate has expired");
    }

    @Test
    void rejectsASigningCertificateNotYetValid() {
        servedChain = List.of(AMAZON.signingCertificate(SIGNING_KEYS, NOW.plusSeconds(1),
                NOW.plus(Duration.ofDays(30)), ALEXA_DNS_NAME), AMAZON.intermediate());

        assertRejected(signed(body(NOW, SKILL_ID)), "signing certificate is not yet valid");
    }

    @Test
    void rejectsASigningCertificateIssuedToAnotherName() {
        servedChain = List.of(AMAZON.signingCertificate(SIGNING_KEYS, NOW.minus(Duration.ofDays(30)),
                NOW.plus(Duration.ofDays(30)), "echo-api.example.com"), AMAZON.intermediate());

        assertRejected(signed(body(NOW, SKILL_ID)), "signing certificate is not issued to echo-api.amazon.com");
    }

    @Test
    void rejectsAnEmptyChain() {
        servedChain = List.of();

        assertRejected(signed(body(NOW, SKILL_ID)), "signing certificate chain is empty");
    }

    @Test
    void rejectsTheRequestWhenTheChainCannotBeFetched() {
        UncheckedIOException failure = new UncheckedIOException(new IOException("connection refused"));
        SigningCertificateSource unreachable = url -> {
            throw failure;
        };
        AlexaRequestVerifier verifier = new AlexaRequestVerifier(unreachable, TRUSTED, SKILL_ID, CLOCK);

        assertThatThrownBy(() -> verifier.verify(signed(body(NOW, SKILL_ID))))
                .isInstanceOf(AlexaRequestRejectedException.class)
                .hasMessage("signing certificate chain could not be retrieved")
                .hasCause(failure);
    }

    @ParameterizedTest
    @ValueSource(longs = {-151, 151})
    void rejectsATimestampMoreThan150SecondsFromNow(long secondsFromNow) {
        assertRejected(signed(body(NOW.plusSeconds(secondsFromNow), SKILL_ID)),
                "request timestamp is more than 150 seconds from now");
    }

    @ParameterizedTest
    @ValueSource(longs = {-150, 150})
    void acceptsATimestampExactly150SecondsFromNow(long secondsFromNow) {
        assertThatCode(() -> verifier().verify(signed(body(NOW.plusSeconds(secondsFromNow), SKILL_ID))))
                .doesNotThrowAnyException();
    }

    @Test
    void checksTheSignatureBeforeTheTimestamp() {
        byte[] staleBody = body(NOW.minus(Duration.ofHours(1)), SKILL_ID);
        String signatureOfAnotherBody = sign(body(NOW, SKILL_ID));

        assertRejected(new AlexaHttpRequest(staleBody, CERT_URL, signatureOfAnotherBody),
                "request signature does not match the body");
    }

    @Test
    void rejectsAnotherSkillsRequest() {
        assertRejected(signed(body(NOW, "amzn1.ask.skill.someone-else")), "request is for another skill");
    }

    @Test
    void rejectsARequestNamingNoSkill() {
        String json = """
                {"request": {"type": "LaunchRequest", "timestamp": "%s"}}""".formatted(NOW);

        assertRejected(signed(json.getBytes(UTF_8)), "request has no application id");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void rejectsEveryRequestWhenNoSkillIdIsConfigured(String configured) {
        AlexaRequestVerifier verifier = new AlexaRequestVerifier(source, TRUSTED, configured, CLOCK);

        assertThatThrownBy(() -> verifier.verify(signed(body(NOW, SKILL_ID))))
                .isInstanceOf(AlexaRequestRejectedException.class)
                .hasMessage("no skill id configured");
    }

    @Test
    void rejectsABodyThatIsNotJson() {
        assertRejected(signed("LaunchRequest at noon".getBytes(UTF_8)), "request body is not JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[1, 2]", "\"text\""})
    void rejectsABodyThatIsNotAJsonObject(String json) {
        assertRejected(signed(json.getBytes(UTF_8)), "request body is not a JSON object");
    }

    @Test
    void rejectsABodyWithoutATimestamp() {
        String json = """
                {"context": {"System": {"application": {"applicationId": "%s"}}},
                 "request": {"type": "LaunchRequest"}}""".formatted(SKILL_ID);

        assertRejected(signed(json.getBytes(UTF_8)), "request body has no request.timestamp");
    }

    @Test
    void rejectsATimestampThatIsNotADateTime() {
        String json = """
                {"request": {"type": "LaunchRequest", "timestamp": "yesterday"}}""";

        assertRejected(signed(json.getBytes(UTF_8)), "request.timestamp is not an ISO-8601 date-time");
    }

    @Test
    void needsATrustAnchor() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AlexaRequestVerifier(source, Set.of(), SKILL_ID, CLOCK));
    }

    @Test
    void trustsTheJdkDefaultRootsThatAmazonsChainEndsIn() {
        assertThat(AlexaRequestVerifier.jdkDefaultTrustAnchors())
                .extracting(anchor -> anchor.getTrustedCert().getSubjectX500Principal().getName())
                .anyMatch(name -> name.contains("CN=Amazon Root CA 1"));
    }

    private AlexaRequestVerifier verifier() {
        return new AlexaRequestVerifier(source, TRUSTED, SKILL_ID, CLOCK);
    }

    private void assertRejected(AlexaHttpRequest request, String reason) {
        assertThatThrownBy(() -> verifier().verify(request))
                .isInstanceOf(AlexaRequestRejectedException.class)
                .hasMessage(reason);
    }

    private static AlexaHttpRequest signed(byte[] body) {
        return new AlexaHttpRequest(body, CERT_URL, sign(body));
    }

    private static String sign(byte[] body) {
        return TestCertificateAuthority.sign(body, SIGNING_KEYS.getPrivate());
    }

    /** An IntentRequest shaped like Alexa's, naming the skill in the context and the session. */
    private static byte[] body(Instant timestamp, String applicationId) {
        return """
                {"version": "1.0",
                 "session": {"new": false, "sessionId": "amzn1.echo-api.session.1",
                             "application": {"applicationId": "%1$s"}},
                 "context": {"System": {"application": {"applicationId": "%1$s"},
                                        "device": {"deviceId": "amzn1.ask.device.1"}}},
                 "request": {"type": "IntentRequest", "requestId": "amzn1.echo-api.request.1",
                             "timestamp": "%2$s", "locale": "en-GB",
                             "intent": {"name": "BinDayIntent", "confirmationStatus": "NONE"}}}"""
                .formatted(applicationId, timestamp).getBytes(UTF_8);
    }
}
