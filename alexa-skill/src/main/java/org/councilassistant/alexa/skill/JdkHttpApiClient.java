package org.councilassistant.alexa.skill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ApiClientRequest;
import com.amazon.ask.model.services.ApiClientResponse;
import com.amazon.ask.model.services.Pair;

/**
 * The ASK SDK's HTTP client for Alexa's APIs, on the JDK's own client (the SDK's Apache-based one would add a
 * dependency for four lines of work). A short timeout: the resident is waiting for Alexa to answer.
 */
public final class JdkHttpApiClient implements ApiClient {

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED_HEADERS = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final HttpClient client;
    private final Duration timeout;

    public JdkHttpApiClient(Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.timeout = timeout;
    }

    @Override
    public ApiClientResponse invoke(ApiClientRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.getUrl())).timeout(timeout);
        if (request.getHeaders() != null) {
            for (Pair<String, String> header : request.getHeaders()) {
                if (!RESTRICTED_HEADERS.contains(header.getName().toLowerCase(Locale.ROOT))) {
                    builder.header(header.getName(), header.getValue());
                }
            }
        }
        HttpRequest.BodyPublisher body = request.getBody() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.getBody());
        builder.method(request.getMethod(), body);
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            ApiClientResponse result = new ApiClientResponse();
            result.setStatusCode(response.statusCode());
            result.setBody(response.body());
            List<Pair<String, String>> headers = new ArrayList<>();
            for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
                header.getValue().forEach(value -> headers.add(new Pair<>(header.getKey(), value)));
            }
            result.setHeaders(headers);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Alexa API call failed: " + request.getMethod() + " " + hostOf(request), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted calling an Alexa API", e);
        }
    }

    private static String hostOf(ApiClientRequest request) {
        return URI.create(request.getUrl()).getHost();
    }
}
