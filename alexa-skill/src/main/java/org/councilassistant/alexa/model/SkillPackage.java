package org.councilassistant.alexa.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.councilassistant.core.council.Council;
import org.councilassistant.core.council.CouncilPlaceholders;
import org.councilassistant.intents.language.Language;

/**
 * The ASK CLI skill package for a council: the manifest ({@code skill.json}: the skill's name, listing, privacy
 * notice and endpoint, wording from {@code messages/alexa-manifest.properties}) and the interaction model with
 * the council's invocation name (and the intents staff added), as files or as one zip to unpack beside
 * {@code ask deploy}. The package committed in this module is the sample council's; {@code SkillPackageTests} keeps
 * it what this makes.
 */
public final class SkillPackage {

    public static final Path MANIFEST_IN_MODULE = Path.of("skill-package", "skill.json");
    static final String ASK_RESOURCES = "ask-resources.json";
    private static final String LOCALE = "en-GB";
    private static final String ADDRESS_PERMISSION = "alexa::devices:all:address:country_and_postal_code:read";

    private final Council council;
    private final URI endpoint;
    private final InteractionModel model;

    private SkillPackage(Council council, URI endpoint, InteractionModel model) {
        this.council = council;
        this.endpoint = endpoint;
        this.model = model;
    }

    /** @param endpoint where Alexa sends requests: the assistant's {@code /alexa} over HTTPS */
    public static SkillPackage forCouncil(Council council, URI endpoint) {
        return forCouncil(council, endpoint, List.of());
    }

    /**
     * @param endpoint where Alexa sends requests: the assistant's {@code /alexa} over HTTPS
     * @param added intents the model gets beside the catalogue's: those staff added
     */
    public static SkillPackage forCouncil(Council council, URI endpoint, List<AddedIntent> added) {
        return new SkillPackage(council, endpoint, new InteractionModelGenerator().generate(council, added));
    }

    public InteractionModel model() {
        return model;
    }

    public String manifestJson() {
        Map<String, Object> listing = new LinkedHashMap<>();
        listing.put("name", wording("name"));
        listing.put("summary", wording("summary"));
        listing.put("description", wording("description"));
        listing.put("examplePhrases", list("examplePhrases"));
        listing.put("keywords", list("keywords"));
        Map<String, Object> publishing = new LinkedHashMap<>();
        publishing.put("locales", Map.of(LOCALE, listing));
        publishing.put("isAvailableWorldwide", false);
        publishing.put("distributionCountries", List.of("GB"));
        publishing.put("distributionMode", "PUBLIC");
        publishing.put("category", "ORGANIZERS_AND_ASSISTANTS");
        publishing.put("testingInstructions", wording("testingInstructions"));
        Map<String, Object> privacy = new LinkedHashMap<>();
        privacy.put("allowsPurchases", false);
        privacy.put("usesPersonalInfo", true);
        privacy.put("isChildDirected", false);
        privacy.put("isExportCompliant", true);
        privacy.put("containsAds", false);
        privacy.put("locales", Map.of(LOCALE, Map.of("privacyPolicyUrl", council.privacyNotice().toString())));
        Map<String, Object> endpointJson = new LinkedHashMap<>();
        endpointJson.put("uri", endpoint.toString());
        endpointJson.put("sslCertificateType", "Wildcard");
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("manifestVersion", "1.0");
        manifest.put("publishingInformation", publishing);
        manifest.put("privacyAndCompliance", privacy);
        manifest.put("permissions", List.of(Map.of("name", ADDRESS_PERMISSION)));
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put("endpoint", endpointJson);
        custom.put("interfaces", List.of());
        manifest.put("apis", Map.of("custom", custom));
        return AskCliJson.write(Map.of("manifest", manifest));
    }

    public String modelJson() {
        return InteractionModelGenerator.toJson(model);
    }

    /** {@code ask-resources.json} and {@code skill-package/}, as the ASK CLI expects them. */
    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            add(zip, ASK_RESOURCES, AskCliJson.write(Map.of("askcliResourcesVersion", "2020-03-31",
                    "profiles", Map.of("default", Map.of("skillMetadata", Map.of("src", "./skill-package"))))));
            add(zip, MANIFEST_IN_MODULE, manifestJson());
            add(zip, InteractionModelGenerator.MODEL_IN_MODULE, modelJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, Object path, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(path.toString().replace('\\', '/')));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private String wording(String key) {
        String text = ResourceBundle.getBundle("messages/alexa-manifest", Locale.UK).getString(key);
        return new CouncilPlaceholders(council, Language.ENGLISH).fill(text)
                .replace("{skill.invocation}", invocationAsWritten());
    }

    private List<String> list(String key) {
        return List.of(wording(key).split("\\|"));
    }

    /** "brackenfield council" as it is written in a sentence: "Brackenfield Council". */
    private String invocationAsWritten() {
        return Arrays.stream(council.alexaInvocationName().split(" "))
                .map(word -> word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining(" "));
    }
}
