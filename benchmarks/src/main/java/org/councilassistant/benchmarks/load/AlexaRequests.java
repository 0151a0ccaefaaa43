package org.councilassistant.benchmarks.load;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the simulated residents ask Alexa, as the request envelopes Alexa posts. Each is a one-shot question ("Alexa,
 * ask Brackenfield Council about paying my council tax"): a new Alexa session, so a new engine session and one
 * answer. Free questions ({@code AskQuestionIntent}, classified by the engine) alternate with catalogue intents
 * Alexa has already resolved; none needs the network, so not the bin intents (they call the Device Address API).
 * Request {@code n} is ask {@code n mod asks}.
 */
final class AlexaRequests {

    /** The skill id the server is started with for the load, so the one every envelope names. */
    static final String SKILL_ID = "amzn1.ask.skill.benchmark";
    static final String ASK_QUESTION = "AskQuestionIntent";
    static final String QUERY_SLOT = "query";

    /**
     * One thing a resident asks.
     *
     * @param intent the intent's name in the interaction model ({@code skill-package/.../en-GB.json})
     * @param slots slot name → spoken value
     */
    record Ask(String intent, Map<String, String> slots) {

        static Ask question(String query) {
            return new Ask(ASK_QUESTION, Map.of(QUERY_SLOT, query));
        }

        static Ask intent(String name) {
            return new Ask(name, Map.of());
        }

        @Override
        public String toString() {
            return slots.isEmpty() ? intent : intent + " " + slots.values().stream()
                    .map(value -> "'" + value + "'").collect(Collectors.joining(" "));
        }
    }

    static final List<Ask> ASKS = List.of(
            Ask.question("paying my council tax"),
            Ask.intent("CouncilTaxPayIntent"),
            Ask.question("recycling christmas trees"),
            Ask.intent("ParkingPermitsIntent"),
            Ask.question("parking permits"),
            Ask.intent("PotholesIntent"),
            Ask.question("a single person discount on council tax"),
            Ask.question("the weather tomorrow"));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AlexaRequests() {
    }

    static Ask ask(long number) {
        return ASKS.get((int) (number % ASKS.size()));
    }

    /** The asks as the results file describes them. */
    static String describe() {
        return ASKS.stream().map(Ask::toString).collect(Collectors.joining(", "));
    }

    /**
     * The envelope of an {@code IntentRequest} opening a new session, as Alexa sends it to a skill's HTTPS endpoint.
     *
     * @param id makes the session and request ids
     * @param timestamp when Alexa sent it
     */
    static String envelope(Ask ask, String id, Instant timestamp) {
        Map<String, Object> slots = new LinkedHashMap<>();
        ask.slots().forEach((name, value) -> slots.put(name, ordered("name", name, "value", value,
                "confirmationStatus", "NONE")));
        Map<String, Object> request = ordered("type", "IntentRequest",
                "requestId", "amzn1.echo-api.request.benchmark-" + id,
                "timestamp", timestamp.truncatedTo(ChronoUnit.SECONDS).toString(),
                "locale", "en-GB",
                "intent", ordered("name", ask.intent(), "confirmationStatus", "NONE", "slots", slots));
        Map<String, Object> application = Map.of("applicationId", SKILL_ID);
        Map<String, Object> user = Map.of("userId", "amzn1.ask.account.benchmark");
        Map<String, Object> system = ordered("application", application,
                "user", user,
                "device", ordered("deviceId", "amzn1.ask.device.benchmark", "supportedInterfaces", Map.of()),
                "apiEndpoint", "https://api.eu.amazonalexa.com",
                "apiAccessToken", "benchmark-api-access-token");
        Map<String, Object> session = ordered("new", true,
                "sessionId", "amzn1.echo-api.session.benchmark-" + id,
                "application", application,
                "attributes", Map.of(),
                "user", user);
        return JSON.writeValueAsString(ordered("version", "1.0", "session", session,
                "context", Map.of("System", system), "request", request));
    }

    /** A map of name, value, name, value, … in that order, so that envelopes read like Alexa's. */
    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
