package org.councilassistant.server.alexa;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Alexa request envelopes as Alexa sends them, built field by field for the tests. */
public final class AlexaRequests {

    public static final String SKILL_ID = "amzn1.ask.skill.11111111-2222-3333-4444-555555555555";
    static final String DEVICE_ID = "amzn1.ask.device.TEST";
    static final String API_TOKEN = "test-api-access-token";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String apiEndpoint;
    private final Instant timestamp;
    private String skillId = SKILL_ID;
    private boolean addressPermission = true;
    private boolean newSession = true;
    private Map<String, Object> sessionAttributes = Map.of();

    public AlexaRequests(String apiEndpoint, Instant timestamp) {
        this.apiEndpoint = apiEndpoint;
        this.timestamp = timestamp;
    }

    AlexaRequests forSkill(String id) {
        this.skillId = id;
        return this;
    }

    AlexaRequests withoutAddressPermission() {
        this.addressPermission = false;
        return this;
    }

    /** The next request in a session: not new, carrying the attributes the last response returned. */
    AlexaRequests continuing(Map<String, Object> attributes) {
        this.newSession = false;
        this.sessionAttributes = attributes;
        return this;
    }

    public String launch() {
        return envelope(Map.of("type", "LaunchRequest", "requestId", "req-launch", "timestamp", timestamp.toString(),
                "locale", "en-GB"));
    }

    String sessionEnded() {
        return envelope(Map.of("type", "SessionEndedRequest", "requestId", "req-end", "timestamp",
                timestamp.toString(), "locale", "en-GB", "reason", "USER_INITIATED"));
    }

    public String intent(String name, Map<String, String> slots) {
        Map<String, Object> slotJson = new LinkedHashMap<>();
        slots.forEach((slot, value) -> slotJson.put(slot, Map.of("name", slot, "value", value,
                "confirmationStatus", "NONE")));
        Map<String, Object> intent = Map.of("name", name, "confirmationStatus", "NONE", "slots", slotJson);
        return envelope(Map.of("type", "IntentRequest", "requestId", "req-" + name, "timestamp",
                timestamp.toString(), "locale", "en-GB", "dialogState", "COMPLETED", "intent", intent));
    }

    public String intent(String name) {
        return intent(name, Map.of());
    }

    private String envelope(Map<String, Object> request) {
        Map<String, Object> application = Map.of("applicationId", skillId);
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("userId", "amzn1.ask.account.TEST");
        if (addressPermission) {
            user.put("permissions", Map.of("consentToken", API_TOKEN));
        }
        Map<String, Object> system = Map.of(
                "application", application,
                "user", user,
                "device", Map.of("deviceId", DEVICE_ID, "supportedInterfaces", Map.of()),
                "apiEndpoint", apiEndpoint,
                "apiAccessToken", API_TOKEN);
        Map<String, Object> session = Map.of(
                "new", newSession,
                "sessionId", "amzn1.echo-api.session.TEST",
                "application", application,
                "attributes", sessionAttributes,
                "user", user);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("version", "1.0");
        envelope.put("session", session);
        envelope.put("context", Map.of("System", system));
        envelope.put("request", request);
        return JSON.writeValueAsString(envelope);
    }
}
