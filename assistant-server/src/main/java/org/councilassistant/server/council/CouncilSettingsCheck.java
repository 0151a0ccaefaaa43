package org.councilassistant.server.council;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Checks the council settings as soon as the configuration is read, before a minute goes on training the model,
 * and again when the council is made (for settings added later, as tests do). Registered in
 * {@code META-INF/spring.factories}.
 */
public final class CouncilSettingsCheck implements EnvironmentPostProcessor {

    private static final ConfigurationPropertyName MOVED = ConfigurationPropertyName.of("assistant.contact-centre");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        requireValid(Binder.get(environment).bindOrCreate("assistant.council", Bindable.of(CouncilProperties.class)),
                environment);
    }

    /** @throws InvalidCouncilSettingsException listing every problem */
    static void requireValid(CouncilProperties settings, Environment environment) {
        List<String> problems = new ArrayList<>();
        if (usesMovedSettings(environment)) {
            problems.add("assistant.contact-centre.* has moved: write assistant.council.contact-centre.phone, "
                    + "assistant.council.contact-centre.emergency-phone and assistant.council.contact-centre.opening-hours");
        }
        problems.addAll(CouncilSettingsValidator.problems(settings));
        if (!problems.isEmpty()) {
            throw new InvalidCouncilSettingsException(problems);
        }
    }

    private static boolean usesMovedSettings(Environment environment) {
        for (var source : ConfigurationPropertySources.get(environment)) {
            if (source.containsDescendantOf(MOVED) == ConfigurationPropertyState.PRESENT) {
                return true;
            }
        }
        return false;
    }
}
