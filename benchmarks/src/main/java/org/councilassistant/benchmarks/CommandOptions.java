package org.councilassistant.benchmarks;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GNU-style options ({@code --name value}, {@code --name=value}, {@code --flag}) checked against the names a
 * command accepts, so that a typo is an error instead of a silently ignored argument.
 */
final class CommandOptions {

    private final Map<String, String> values;
    private final Set<String> flags;

    private CommandOptions(Map<String, String> values, Set<String> flags) {
        this.values = values;
        this.flags = flags;
    }

    /**
     * @param valued option names (with their leading {@code --}) that take a value
     * @param flagNames option names that take none
     */
    static CommandOptions parse(List<String> args, Set<String> valued, Set<String> flagNames) {
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (flagNames.contains(name)) {
                if (equals >= 0) {
                    throw new UsageException(name + " takes no value");
                }
                flags.add(name);
            } else if (valued.contains(name)) {
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    value = args.get(++i);
                } else {
                    throw new UsageException(name + " needs a value");
                }
                if (value.isBlank()) {
                    throw new UsageException(name + " needs a value");
                }
                if (values.put(name, value) != null) {
                    throw new UsageException(name + " given twice");
                }
            } else {
                throw new UsageException("unknown option '" + name + "'");
            }
        }
        return new CommandOptions(values, flags);
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String value(String name, String defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }

    String required(String name) {
        return value(name).orElseThrow(() -> new UsageException(name + " is required"));
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** A whole number of at least {@code min}. */
    int intValue(String name, int defaultValue, int min) {
        String raw = values.get(name);
        if (raw == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value < min) {
                throw new UsageException(name + " must be at least " + min + ", not " + raw);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not '" + raw + "'");
        }
    }
}
