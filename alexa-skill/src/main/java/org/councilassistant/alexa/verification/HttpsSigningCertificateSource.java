package org.councilassistant.alexa.verification;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Downloads signing certificate chains over HTTPS and keeps each, per URL, until its signing certificate expires,
 * so that Alexa's requests do not each cost a round trip to S3.
 */
public final class HttpsSigningCertificateSource implements SigningCertificateSource {

    private final Function<URI, byte[]> download;
    private final Clock clock;
    private final Map<URI, CachedChain> cache = new ConcurrentHashMap<>();

    /** @param timeout for connecting, and again for the whole exchange */
    public HttpsSigningCertificateSource(Duration timeout, Clock clock) {
        this(httpDownload(timeout), clock);
    }

    HttpsSigningCertificateSource(Function<URI, byte[]> download, Clock clock) {
        this.download = download;
        this.clock = clock;
    }

    /** @throws UncheckedIOException or IllegalArgumentException if the chain cannot be downloaded or read */
    @Override
    public List<X509Certificate> chain(URI url) {
        Instant now = clock.instant();
        CachedChain cached = cache.get(url);
        if (cached != null && now.isBefore(cached.expiry())) {
            return cached.chain();
        }
        // Two threads may both download a missing chain; that is cheaper than holding a lock over the network.
        List<X509Certificate> chain = PemCertificateChain.parse(download.apply(url));
        cache.values().removeIf(entry -> !now.isBefore(entry.expiry()));
        cache.put(url, new CachedChain(chain, chain.get(0).getNotAfter().toInstant()));
        return chain;
    }

    /**
     * A download that must finish within {@code timeout}: the client's own request timeout stops at the response
     * headers, so the body is bounded by waiting on the future. Redirects are not followed (the client's default),
     * so the chain comes from the URL that passed Amazon's rules and nowhere else.
     */
    static Function<URI, byte[]> httpDownload(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        return url -> {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
            Future<HttpResponse<byte[]>> exchange = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
            try {
                HttpResponse<byte[]> response = exchange.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP " + response.statusCode() + " for the signing certificate chain");
                }
                return response.body();
            } catch (TimeoutException e) {
                exchange.cancel(true);
                throw new UncheckedIOException(new IOException("Signing certificate chain download timed out", e));
            } catch (InterruptedException e) {
                exchange.cancel(true);
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new InterruptedIOException("Interrupted downloading the chain"));
            } catch (ExecutionException e) {
                throw new UncheckedIOException(new IOException("Signing certificate chain download failed",
                        e.getCause()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private record CachedChain(List<X509Certificate> chain, Instant expiry) {
    }
}
