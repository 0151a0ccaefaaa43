package org.councilassistant.server.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;

import org.councilassistant.server.AssistantApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Wrong council settings stop the start as soon as the configuration is read, with the list to correct. */
@ExtendWith(OutputCaptureExtension.class)
class CouncilSettingsCheckTests {

    @Test
    void wrongSettingsStopTheStartBeforeAnythingIsLoadedAndSayWhatToWrite(@TempDir Path dataDir,
            CapturedOutput output) {
        assertThatExceptionOfType(InvalidCouncilSettingsException.class)
                .isThrownBy(() -> new SpringApplicationBuilder(AssistantApplication.class)
                        .web(WebApplicationType.NONE)
                        .run("--assistant.data-dir=" + dataDir, "--assistant.council.brand-colour=blue",
                                "--assistant.council.name=Ashdown District Council",
                                "--assistant.contact-centre.phone=01234 567 890"))
                .satisfies(e -> assertThat(e.problems()).containsExactly(
                        "assistant.contact-centre.* has moved: write assistant.council.contact-centre.phone, "
                                + "assistant.council.contact-centre.emergency-phone and "
                                + "assistant.council.contact-centre.opening-hours",
                        "assistant.council.brand-colour = \"blue\": write a colour as # and six hexadecimal digits, "
                                + "e.g. #1d70b8"));

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("assistant.council.brand-colour = \"blue\"")
                .contains("Correct these settings in application.yml")
                .doesNotContain("Training");
        assertThat(dataDir).isEmptyDirectory();
    }
}
