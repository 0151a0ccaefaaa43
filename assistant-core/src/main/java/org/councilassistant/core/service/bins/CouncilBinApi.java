package org.councilassistant.core.service.bins;

import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.councilassistant.core.setup.SetupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The council's bin API over HTTP and JSON (the contract is in docs/bin-data.md), every call bounded by the
 * connect and read timeouts together. Any failure (no connection, no answer in time, an HTTP error, JSON outside
 * the contract) is logged with the call and what went wrong, never the postcode, UPRN or address, and thrown as a
 * {@link BinServiceUnavailableException} for the dialogue to apologise.
 */
final class CouncilBinApi {

    static final String BASE_URL_SETTING = "assistant.bins.http.base-url";
    private static final Duration LONGEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(CouncilBinApi.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS).build();

    private final String baseUrl;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Map<String, String> headers;
    private final HttpClient client;

    /** Checks the settings now, so that a bad URL or timeout stops the start-up rather than a resident's question. */
    CouncilBinApi(BinsProperties.Http settings) {
        this.baseUrl = checkedBaseUrl(settings.baseUrl());
        this.connectTimeout = checkedTimeout("connect-timeout", settings.connectTimeout());
        this.readTimeout = checkedTimeout("read-timeout", settings.readTimeout());
        this.headers = settings.headers();
        headers.forEach((name, value) -> {
            try {
                HttpRequest.newBuilder(URI.create(baseUrl)).header(name, value);
            } catch (IllegalArgumentException e) {
                throw new SetupException("assistant.bins.http.headers." + name + " cannot be sent: "
                        + e.getMessage() + ".", "Remove it: the HTTP client sets that header itself.", e);
            }
        });
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** GET {@code path}: the answer read as {@code type}, or empty when the API answers 404 Not Found. */
    <T> Optional<T> get(String call, String path, Class<T> type) {
        return exchange(call, request(path).GET().build(), type, true);
    }

    /** POST {@code body} as JSON to {@code path}: the answer read as {@code type}. */
    <T> T post(String call, String path, Object body, Class<T> type) {
        HttpRequest request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        return exchange(call, request, type, false).orElseThrow();
    }

    /** Logs that {@code call} failed, and the exception to throw; {@code problem} must hold no personal data. */
    BinServiceUnavailableException unusable(String call, String problem) {
        LOG.warn("The council's bin API ({}) {} for the {}: residents asked about bins are told to try later",
                URI.create(baseUrl).getHost(), problem, call);
        return new BinServiceUnavailableException("The council's bin API " + problem + " for the " + call);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(readTimeout)
                .header("Accept", "application/json");
        headers.forEach(builder::header);
        return builder;
    }

    private <T> Optional<T> exchange(String call, HttpRequest request, Class<T> type, boolean notFoundIsNone) {
        HttpResponse<String> response = send(call, request);
        int status = response.statusCode();
        if (status == 404 && notFoundIsNone) {
            return Optional.empty();
        }
        if (status < 200 || status > 299) {
            throw unusable(call, "answered HTTP " + status);
        }
        try {
            T value = JSON.readValue(response.body(), type);
            if (value == null) {
                throw unusable(call, "answered with no JSON");
            }
            return Optional.of(value);
        } catch (JacksonException e) {
            // The exception's message may quote the answer, which holds addresses: only its kind and place are logged.
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw unusable(call, "answered with JSON outside the contract (" + e.getClass().getSimpleName() + at + ")");
        }
    }

    private HttpResponse<String> send(String call, HttpRequest request) {
        CompletableFuture<HttpResponse<String>> answer =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Duration deadline = connectTimeout.plus(readTimeout);
        try {
            return answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw unusable(call, "gave no whole answer within " + deadline.toMillis() + " ms");
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw unusable(call, "was not waited for (interrupted)");
        } catch (ExecutionException e) {
            throw unusable(call, failure(e.getCause()));
        }
    }

    private String failure(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return "could not be connected to within " + connectTimeout.toMillis() + " ms";
        }
        if (cause instanceof HttpTimeoutException) {
            return "gave no answer within " + readTimeout.toMillis() + " ms";
        }
        if (cause instanceof ConnectException) {
            return "refused the connection or could not be reached";
        }
        return "could not be asked (" + cause.getClass().getSimpleName() + ")";
    }

    private static String checkedBaseUrl(String url) {
        String action = "Set " + BASE_URL_SETTING + " to the address of the council's bin API, such as "
                + "https://waste.council.example/assistant/v1 (see docs/bin-data.md), or choose another "
                + "assistant.bins.source.";
        if (url == null || url.isBlank()) {
            throw new SetupException("assistant.bins.source is http, but " + BASE_URL_SETTING + " is not set.", action);
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new SetupException(BASE_URL_SETTING + " '" + url + "' is not a URL (" + e.getReason() + ").",
                    action, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw new SetupException(BASE_URL_SETTING + " '" + url + "' is not an http or https URL with a host.",
                    action);
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new SetupException(BASE_URL_SETTING + " has a user name, password, query or fragment.",
                    "Give the address alone; put credentials in assistant.bins.http.headers, such as "
                            + "Authorization, which are never logged.");
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static Duration checkedTimeout(String name, Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero() || timeout.compareTo(LONGEST_TIMEOUT) > 0) {
            throw new SetupException("assistant.bins.http." + name + " is " + timeout + ", not between 1 ms and "
                    + LONGEST_TIMEOUT.toSeconds() + " s.", "Set it to how long residents may wait, such as 3s: "
                    + "Alexa gives up after 8 seconds, so keep the two timeouts together under about 6s.");
        }
        return timeout;
    }
}
