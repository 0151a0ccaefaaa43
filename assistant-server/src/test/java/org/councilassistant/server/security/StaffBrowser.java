package org.councilassistant.server.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser for tests: keeps its cookies (session, XSRF-TOKEN), never follows redirects, and signs in the way
 * the login page does, posting the masked CSRF token from the page's hidden field.
 */
public final class StaffBrowser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    public StaffBrowser(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** What came back. */
    public record Page(int status, HttpHeaders headers, String body) {

        public String location() {
            return headers.firstValue("Location").orElse("");
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        List<String> setCookies() {
            return headers.allValues("Set-Cookie");
        }

        Optional<String> setCookie(String name) {
            return setCookies().stream().filter(cookie -> cookie.startsWith(name + "=")).findFirst();
        }

        public boolean redirectsToSignIn() {
            return status == 302 && URI.create(location()).getPath().equals("/login");
        }

        String hiddenCsrfToken() {
            Matcher matcher = HIDDEN_CSRF.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No _csrf field in the page: " + body);
            }
            return matcher.group(1);
        }
    }

    /** Signs in through the login page and checks it worked. */
    public StaffBrowser signIn(String username, String password) {
        Page result = attemptSignIn(username, password);
        if (result.status() != 302 || !result.location().endsWith(SecurityConfiguration.HOME_PAGE)) {
            throw new AssertionError("Sign-in as " + username + " failed: " + result.status() + " "
                    + result.location());
        }
        return this;
    }

    Page attemptSignIn(String username, String password) {
        String token = get("/login").hiddenCsrfToken();
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", token));
    }

    public Page get(String path) {
        return exchange(request(path).header("Accept", "*/*").GET());
    }

    /** A file to download (a zip), as its bytes. */
    public byte[] download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Page getHtml(String path) {
        return exchange(request(path).header("Accept", "text/html").GET());
    }

    /** A request with an optional JSON body, with or without the X-XSRF-TOKEN header a page's script sends. */
    public Page send(String method, String path, String json, boolean withCsrfToken) {
        HttpRequest.Builder request = request(path).header("Accept", "application/json");
        if (withCsrfToken) {
            request.header("X-XSRF-TOKEN", csrfCookie());
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request.method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A request with a body of any type (an import file), with the X-XSRF-TOKEN header. */
    public Page send(String method, String path, String body, String contentType) {
        return exchange(request(path).header("Accept", "application/json").header("Content-Type", contentType)
                .header("X-XSRF-TOKEN", csrfCookie()).method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    Page postForm(String path, Map<String, String> fields) {
        String form = new LinkedHashMap<>(fields).entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return exchange(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The XSRF-TOKEN cookie's value, loading a page first if there is none yet. */
    String csrfCookie() {
        return cookie("XSRF-TOKEN").orElseGet(() -> {
            get("/login");
            return cookie("XSRF-TOKEN").orElseThrow(() -> new AssertionError("No XSRF-TOKEN cookie"));
        });
    }

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private Page exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
