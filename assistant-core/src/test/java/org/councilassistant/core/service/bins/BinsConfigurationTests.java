package org.councilassistant.core.service.bins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilassistant.core.setup.StartupFailures.setupProblem;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.councilassistant.core.calendar.BankHolidays;
import org.councilassistant.intents.entities.BinType;
import org.councilassistant.intents.entities.Postcode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which bin adapters the application starts with, and the settings it refuses to start with. */
class BinsConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BinsConfiguration.class))
            .withUserConfiguration(Infrastructure.class);

    /** What the server provides around the bins service. */
    @Configuration(proxyBeanMethods = false)
    static class Infrastructure {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        BankHolidays bankHolidays() {
            return BankHolidays.load();
        }

        @Bean
        DataSource dataSource() {
            return mock(DataSource.class);
        }
    }

    /** A council's own adapters, say for its waste management system's SDK. */
    @Configuration(proxyBeanMethods = false)
    static class CouncilsOwnAdapters {

        @Bean
        BinCollections councilsBinCollections() {
            return new NoBinCollections();
        }

        @Bean
        MissedBinReports councilsMissedBinReports() {
            return mock(MissedBinReports.class);
        }
    }

    @Test
    void isAnAutoConfigurationSoThatACouncilsOwnBeansAreSeenFirst() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).getCandidates())
                .contains(BinsConfiguration.class.getName());
    }

    @Test
    void startsWithTheSampleCouncilsDataByDefault() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(BinDayDialogue.class).hasSingleBean(MissedBinDialogue.class);
            assertThat(context.getBean(BinCollections.class)).isInstanceOf(FileBinCollections.class);
            assertThat(context.getBean(BinCollections.class).addressesAt(new Postcode("BK1", "2AB"))).hasSize(5);
            assertThat(context.getBean(MissedBinReports.class)).isInstanceOf(JdbcMissedBinReports.class);
        });
    }

    @Test
    void readsTheCouncilsFilesFromTheConfiguredDirectory(@TempDir Path directory) throws IOException {
        Files.write(directory.resolve("calendar.csv"), List.of("week,starts", "A,2026-01-05"), StandardCharsets.UTF_8);
        Files.write(directory.resolve("rounds.csv"), List.of("round,weekday,bin,frequency", "R1,TUESDAY,FOOD,WEEKLY"),
                StandardCharsets.UTF_8);
        Files.write(directory.resolve("addresses.csv"), List.of("uprn,address,postcode,round,garden",
                "4242,\"1 New Street, Elsewhere\",EW1 1AA,R1,no"), StandardCharsets.UTF_8);

        runner.withPropertyValues("assistant.bins.source=files", "assistant.bins.files.directory=" + directory)
                .run(context -> assertThat(context.getBean(BinCollections.class).addressesAt(new Postcode("EW1", "1AA")))
                        .extracting(Address::uprn).containsExactly("4242"));
    }

    @Test
    void callsTheCouncilsApiWhenConfigured() {
        runner.withPropertyValues("assistant.bins.source=http", "assistant.bins.http.base-url=https://waste.example/v1")
                .run(context -> {
                    assertThat(context.getBean(BinCollections.class)).isInstanceOf(HttpBinCollections.class);
                    assertThat(context.getBean(MissedBinReports.class)).isInstanceOf(HttpMissedBinReports.class);
                });
    }

    @Test
    void usesTheCouncilsOwnAdaptersInsteadOfTheConfiguredOnes() {
        runner.withUserConfiguration(CouncilsOwnAdapters.class)
                .withPropertyValues("assistant.bins.source=http", "assistant.bins.http.base-url=https://waste.example/v1")
                .run(context -> {
                    assertThat(context).hasSingleBean(BinCollections.class).hasSingleBean(MissedBinReports.class);
                    assertThat(context.getBean(BinCollections.class)).isInstanceOf(NoBinCollections.class);
                    assertThat(context).hasSingleBean(BinDayDialogue.class);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "source=files                                         | assistant.bins.files.directory is not set",
            "source=files; files.directory=/no/such/bins          | /no/such/bins (assistant.bins.files.directory)",
            "source=http                                          | assistant.bins.http.base-url is not set",
            "source=http; http.base-url=waste council             | assistant.bins.http.base-url 'waste council' is not a URL",
            "source=http; http.base-url=ftp://waste.example/      | is not an http or https URL",
            "source=http; http.base-url=localhost:8080            | is not an http or https URL",
            "source=http; http.base-url=https://me:pw@waste.example/ | has a user name, password",
            "source=http; http.base-url=https://waste.example/v1; http.read-timeout=0s    | assistant.bins.http.read-timeout is PT0S",
            "source=http; http.base-url=https://waste.example/v1; http.connect-timeout=2m | assistant.bins.http.connect-timeout is PT2M"})
    void refusesToStartNamingTheBadSetting(String settings, String problem) {
        String[] properties = Arrays.stream(settings.split(";")).map(s -> "assistant.bins." + s.strip())
                .toArray(String[]::new);

        runner.withPropertyValues(properties).run(context -> {
            assertThat(context).hasFailed();
            assertThat(setupProblem(context.getStartupFailure())).hasMessageContaining(problem);
        });
    }

    @Test
    void refusesToStartWithAnUnknownSource() {
        runner.withPropertyValues("assistant.bins.source=ftp").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("assistant.bins.source");
        });
    }

    @Test
    void refusesToStartWithATimeoutThatIsNotADuration() {
        runner.withPropertyValues("assistant.bins.source=http", "assistant.bins.http.base-url=https://waste.example/v1",
                "assistant.bins.http.read-timeout=soon").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).hasStackTraceContaining("assistant.bins.http.read-timeout");
                });
    }

    /** A council adapter that knows no addresses. */
    static final class NoBinCollections implements BinCollections {

        @Override
        public List<Address> addressesAt(Postcode postcode) {
            return List.of();
        }

        @Override
        public Optional<Address> address(String uprn) {
            return Optional.empty();
        }

        @Override
        public List<BinType> binsAt(String uprn) {
            return List.of();
        }

        @Override
        public List<Collection> nextCollections(String uprn, LocalDate from) {
            return List.of();
        }

        @Override
        public Optional<Collection> lastCollection(String uprn, BinType bin, LocalDate onOrBefore) {
            return Optional.empty();
        }
    }
}
