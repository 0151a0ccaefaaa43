package org.councilassistant.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CommandOptionsTests {

    private static final Set<String> VALUED = Set.of("--data", "--folds");
    private static final Set<String> FLAGS = Set.of("--skip-peer");

    @Test
    void readsValuesInBothSpellingsAndFlags() {
        CommandOptions options = CommandOptions.parse(List.of("--data", "a.json", "--folds=3", "--skip-peer"),
                VALUED, FLAGS);

        assertThat(options.required("--data")).isEqualTo("a.json");
        assertThat(options.intValue("--folds", 5, 2)).isEqualTo(3);
        assertThat(options.flag("--skip-peer")).isTrue();
    }

    @Test
    void fallsBackToDefaultsForAbsentOptions() {
        CommandOptions options = CommandOptions.parse(List.of(), VALUED, FLAGS);

        assertThat(options.value("--data", "default.json")).isEqualTo("default.json");
        assertThat(options.intValue("--folds", 5, 2)).isEqualTo(5);
        assertThat(options.flag("--skip-peer")).isFalse();
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThatThrownBy(() -> CommandOptions.parse(List.of("--dta", "x"), VALUED, FLAGS))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown option '--dta'");
    }

    @Test
    void rejectsAnOptionWithoutItsValue() {
        assertThatThrownBy(() -> CommandOptions.parse(List.of("--data", "--skip-peer"), VALUED, FLAGS))
                .isInstanceOf(UsageException.class)
                .hasMessage("--data needs a value");
        assertThatThrownBy(() -> CommandOptions.parse(List.of("--data"), VALUED, FLAGS))
                .hasMessage("--data needs a value");
    }

    @Test
    void rejectsAStrayArgumentAndARepeatedOption() {
        assertThatThrownBy(() -> CommandOptions.parse(List.of("a.json"), VALUED, FLAGS))
                .hasMessage("unexpected argument 'a.json'");
        assertThatThrownBy(() -> CommandOptions.parse(List.of("--data", "a", "--data", "b"), VALUED, FLAGS))
                .hasMessage("--data given twice");
    }

    @Test
    void rejectsAValueOnAFlag() {
        assertThatThrownBy(() -> CommandOptions.parse(List.of("--skip-peer=yes"), VALUED, FLAGS))
                .hasMessage("--skip-peer takes no value");
    }

    @Test
    void rejectsANumberThatIsNotOneOrTooSmall() {
        CommandOptions words = CommandOptions.parse(List.of("--folds", "five"), VALUED, FLAGS);
        CommandOptions tooFew = CommandOptions.parse(List.of("--folds", "1"), VALUED, FLAGS);

        assertThatThrownBy(() -> words.intValue("--folds", 5, 2)).hasMessage("--folds must be a whole number, not 'five'");
        assertThatThrownBy(() -> tooFew.intValue("--folds", 5, 2)).hasMessage("--folds must be at least 2, not 1");
    }

    @Test
    void saysWhichRequiredOptionIsMissing() {
        CommandOptions options = CommandOptions.parse(List.of(), VALUED, FLAGS);

        assertThatThrownBy(() -> options.required("--data")).hasMessage("--data is required");
    }
}
