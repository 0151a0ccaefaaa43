package org.councilassistant.alexa.verification;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The two fields of a request body that verification needs.
 *
 * @param timestamp     {@code request.timestamp}
 * @param applicationId the skill the request is for, or {@code null} if the body names none
 */
record AlexaRequestBody(Instant timestamp, String applicationId) {

    // The SDK's own Jackson 2, which is on the classpath whatever Spring uses; a tree is enough for two fields.
    private static final ObjectMapper JSON = new ObjectMapper();

    /** @throws AlexaRequestRejectedException if the body is not a JSON object with an ISO-8601 timestamp */
    static AlexaRequestBody parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new AlexaRequestRejectedException("request body is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new AlexaRequestRejectedException("request body is not a JSON object");
        }
        return new AlexaRequestBody(timestamp(root), applicationId(root));
    }

    private static Instant timestamp(JsonNode root) {
        JsonNode timestamp = root.path("request").path("timestamp");
        if (!timestamp.isTextual()) {
            throw new AlexaRequestRejectedException("request body has no request.timestamp");
        }
        try {
            return OffsetDateTime.parse(timestamp.textValue()).toInstant();
        } catch (DateTimeParseException e) {
            throw new AlexaRequestRejectedException("request.timestamp is not an ISO-8601 date-time");
        }
    }

    /** From the context, present on every request; the session copy is absent from out-of-session requests. */
    private static String applicationId(JsonNode root) {
        JsonNode fromContext = root.at("/context/System/application/applicationId");
        JsonNode id = fromContext.isTextual() ? fromContext : root.at("/session/application/applicationId");
        return id.isTextual() ? id.textValue() : null;
    }
}
