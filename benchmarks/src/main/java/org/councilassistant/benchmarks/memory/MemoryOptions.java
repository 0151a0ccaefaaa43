package org.councilassistant.benchmarks.memory;

import java.nio.file.Path;
import java.util.List;

import org.councilassistant.benchmarks.UsageException;

/**
 * The command line of {@code memory}.
 *
 * @param sessions how many conversations to hold at once
 * @param out where the figures go
 * @param help true when only the usage was asked for
 */
record MemoryOptions(int sessions, Path out, boolean help) {

    static final int DEFAULT_SESSIONS = 10_000;
    static final Path DEFAULT_OUT = Path.of("benchmarks/target/results/memory.json");
    static final String USAGE = """
            usage: memory [--sessions 10000] [--out FILE]
              --sessions   active conversations to create, each with 2-3 turns (default 10000)
              --out        results file (default benchmarks/target/results/memory.json)
            """;

    static MemoryOptions parse(List<String> args) {
        int sessions = DEFAULT_SESSIONS;
        Path out = DEFAULT_OUT;
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "-h", "--help" -> help = true;
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--sessions" -> sessions = positive(value(args, ++i, arg), arg);
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        return new MemoryOptions(sessions, out, help);
    }

    private static String value(List<String> args, int index, String name) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException(name + " needs a value");
        }
        return args.get(index);
    }

    private static int positive(String value, String name) {
        try {
            int number = Integer.parseInt(value);
            if (number < 1) {
                throw new UsageException(name + " must be at least 1, not " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not '" + value + "'");
        }
    }
}
