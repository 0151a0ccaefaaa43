package org.councilassistant.server.alexa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Alexa's Device Address API on loopback: answers the country-and-postcode call for the
 * test device with the postcode the test sets, and 403 to a wrong token, as Amazon does.
 */
final class DeviceAddressApiStub implements AutoCloseable {

    private final HttpServer server;
    private volatile String postcode = "BK2 4DE";

    DeviceAddressApiStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/devices/", this::answer);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void postcodeIs(String value) {
        this.postcode = value;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String expectedPath = "/v1/devices/" + AlexaRequests.DEVICE_ID + "/settings/address/countryAndPostalCode";
        boolean authorised = ("Bearer " + AlexaRequests.API_TOKEN)
                .equals(exchange.getRequestHeaders().getFirst("Authorization"));
        int status = !exchange.getRequestURI().getPath().equals(expectedPath) ? 404 : authorised ? 200 : 403;
        byte[] body = (status == 200
                ? "{\"countryCode\":\"GB\",\"postalCode\":\"" + postcode + "\"}"
                : "{\"type\":\"FORBIDDEN\",\"message\":\"no\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
