package org.councilassistant.alexa.verification;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.councilassistant.alexa.verification.TestCertificateAuthority.ALEXA_DNS_NAME;
import static org.councilassistant.alexa.verification.TestCertificateAuthority.NOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpsSigningCertificateSourceTests {

    private static final TestCertificateAuthority AUTHORITY = new TestCertificateAuthority("Source Test");
    private static final Instant NOT_AFTER = NOW.plus(Duration.ofDays(1));
    private static final X509Certificate SIGNING = AUTHORITY.signingCertificate(TestCertificateAuthority.rsaKeys(),
            NOW.minus(Duration.ofDays(1)), NOT_AFTER, ALEXA_DNS_NAME);
    private static final byte[] CHAIN_PEM = (PemCertificateChainTests.pem(SIGNING)
            + PemCertificateChainTests.pem(AUTHORITY.intermediate())).getBytes(US_ASCII);
    private static final URI URL = URI.create("https://s3.amazonaws.com/echo.api/echo-api-cert.pem");

    private final SettableClock clock = new SettableClock(NOW);
    private final List<URI> downloads = new ArrayList<>();
    private final Function<URI, byte[]> download = url -> {
        downloads.add(url);
        return CHAIN_PEM;
    };
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void downloadsAChainOnceWhileItsSigningCertificateIsValid() {
        HttpsSigningCertificateSource source = new HttpsSigningCertificateSource(download, clock);

        assertThat(source.chain(URL)).containsExactly(SIGNING, AUTHORITY.intermediate());
        clock.set(NOT_AFTER.minusSeconds(1));
        assertThat(source.chain(URL)).containsExactly(SIGNING, AUTHORITY.intermediate());

        assertThat(downloads).containsExactly(URL);
    }

    @Test
    void downloadsAgainOnceTheSigningCertificateHasExpired() {
        HttpsSigningCertificateSource source = new HttpsSigningCertificateSource(download, clock);
        source.chain(URL);

        clock.set(NOT_AFTER);
        source.chain(URL);

        assertThat(downloads).containsExactly(URL, URL);
    }

    @Test
    void keepsEachUrlsChainApart() {
        HttpsSigningCertificateSource source = new HttpsSigningCertificateSource(download, clock);
        URI other = URI.create("https://s3.amazonaws.com/echo.api/echo-api-cert-13.pem");

        source.chain(URL);
        source.chain(other);
        source.chain(URL);

        assertThat(downloads).containsExactly(URL, other);
    }

    @Test
    void doesNotKeepContentThatIsNotAChain() {
        List<byte[]> responses = new ArrayList<>(List.of("<Error/>".getBytes(US_ASCII), CHAIN_PEM));
        HttpsSigningCertificateSource source = new HttpsSigningCertificateSource(url -> responses.remove(0), clock);

        assertThatThrownBy(() -> source.chain(URL)).isInstanceOf(IllegalArgumentException.class);
        assertThat(source.chain(URL)).containsExactly(SIGNING, AUTHORITY.intermediate());
    }

    @Test
    void httpDownloadReturnsTheBodyOfA200() throws IOException {
        URI url = serve(200, CHAIN_PEM);

        assertThat(HttpsSigningCertificateSource.httpDownload(Duration.ofSeconds(10)).apply(url)).isEqualTo(CHAIN_PEM);
    }

    @Test
    void httpDownloadFailsOnAnyOtherStatus() throws IOException {
        URI url = serve(403, "<Error>AccessDenied</Error>".getBytes(US_ASCII));

        assertThatThrownBy(() -> HttpsSigningCertificateSource.httpDownload(Duration.ofSeconds(10)).apply(url))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("HTTP 403");
    }

    @Test
    void httpDownloadDoesNotFollowRedirects() throws IOException {
        URI url = serve(302, new byte[0]);

        assertThatThrownBy(() -> HttpsSigningCertificateSource.httpDownload(Duration.ofSeconds(10)).apply(url))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("HTTP 302");
    }

    /** A plain-HTTP server on the loopback interface: the download code is the same whatever the scheme. */
    private URI serve(int status, byte[] body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/echo.api/", exchange -> {
            if (status == 302) {
                exchange.getResponseHeaders().add("Location", "/elsewhere.pem");
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/echo.api/echo-api-cert.pem");
    }

    private static final class SettableClock extends Clock {

        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
