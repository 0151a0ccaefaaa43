package org.councilassistant.core.service.bins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A council bin API on the loopback interface: canned answers by method and path, an answer withheld until the stub
 * is closed (a council system that has hung), and the requests it was sent.
 */
final class BinApiStub implements AutoCloseable {

    static final String BASE_PATH = "/assistant/v1";

    /** A request as the stub saw it: the path is after {@link #BASE_PATH}, with its query. */
    record Request(String method, String path, String body, String authorization) {
    }

    private record Answer(int status, String body, boolean withheld) {
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    BinApiStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH;
    }

    /** A URL where nothing listens, so connecting is refused. */
    static String refusingUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + BASE_PATH;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers {@code method path} (after the base path, without the query) with the status and body. */
    BinApiStub answer(String method, String path, int status, String body) {
        answers.put(method + " " + path, new Answer(status, body, false));
        return this;
    }

    /** Every request not otherwise answered gets this status and body. */
    BinApiStub answerEverythingElse(int status, String body) {
        answers.put("*", new Answer(status, body, false));
        return this;
    }

    /** Every request not otherwise answered gets no answer until the stub closes. */
    BinApiStub withholdEverythingElse() {
        answers.put("*", new Answer(200, "{}", true));
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath().substring(BASE_PATH.length());
            String query = exchange.getRequestURI().getRawQuery();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(exchange.getRequestMethod(), query == null ? path : path + "?" + query, body,
                    exchange.getRequestHeaders().getFirst("Authorization")));
            Answer answer = answers.getOrDefault(exchange.getRequestMethod() + " " + path,
                    answers.getOrDefault("*", new Answer(404, "", false)));
            if (answer.withheld()) {
                closing.await();
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }
}
