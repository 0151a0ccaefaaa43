package org.councilassistant.core.service.bins;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code assistant.bins.*}: where addresses and collection days come from. See
 * {@code docs/bin-data.md} for the files' columns and the API's contract.
 *
 * @param source {@code sample} (the fictional council shipped with the assistant), {@code files} (the council's
 *        CSV files in {@code files.directory}) or {@code http} (the council's API at {@code http.base-url})
 * @param files settings of the {@code files} source
 * @param http settings of the {@code http} source
 */
@ConfigurationProperties("assistant.bins")
public record BinsProperties(
        @DefaultValue("sample") Source source,
        @DefaultValue Files files,
        @DefaultValue Http http) {

    static final String DIRECTORY_SETTING = "assistant.bins.files.directory";

    /** Where addresses and collection days come from. */
    public enum Source { SAMPLE, FILES, HTTP }

    /** @param directory the folder holding {@code addresses.csv}, {@code rounds.csv} and {@code calendar.csv} */
    public record Files(Path directory) {
    }

    /**
     * @param baseUrl the API's address, such as {@code https://waste.council.example/assistant/v1}; the paths of
     *        docs/bin-data.md are added to it
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout how long to wait for a whole answer once connected; a resident waits at most the two
     *        timeouts together before hearing that the bin service is not answering
     * @param headers sent with every request, such as {@code Authorization}; never logged
     */
    public record Http(
            String baseUrl,
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("3s") Duration readTimeout,
            Map<String, String> headers) {

        public Http {
            headers = headers == null ? Map.of() : Map.copyOf(headers);
        }
    }
}
