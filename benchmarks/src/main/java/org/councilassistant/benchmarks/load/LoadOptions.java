package org.councilassistant.benchmarks.load;

import java.nio.file.Path;
import java.util.List;

import org.councilassistant.benchmarks.UsageException;

/**
 * The command line of {@code load}.
 *
 * @param serverJar the server to start
 * @param out where the figures go
 * @param clients concurrent clients of the saturation run, each waiting for its reply before the next turn
 * @param warmupSeconds saturation load before anything is measured
 * @param seconds length of each measured run
 * @param rate turns (Alexa: requests) per second of the fixed-rate runs
 * @param alexa whether to measure the Alexa endpoint after web chat
 * @param help true when only the usage was asked for
 */
record LoadOptions(Path serverJar, Path out, int clients, int warmupSeconds, int seconds, int rate, boolean alexa,
        boolean help) {

    static final Path DEFAULT_SERVER_JAR = Path.of("assistant-server/target/assistant-server.jar");
    static final Path DEFAULT_OUT = Path.of("benchmarks/target/results/load.json");
    /** The rate of the p99 target. */
    static final int DEFAULT_RATE = 200;
    static final String USAGE = """
            usage: load [--server-jar PATH] [--clients 64] [--rate 200] [--seconds 30] [--warmup 10] [--quick]
                        [--skip-alexa] [--out FILE]
              --server-jar  the server to start (default assistant-server/target/assistant-server.jar)
              --clients     concurrent closed-loop clients of the saturation runs (default 64)
              --rate        turns (Alexa: requests) per second of the fixed-rate runs (default 200)
              --seconds     length of each measured run (default 30)
              --warmup      seconds of load before measuring, per endpoint (default 10)
              --quick       --seconds 10 --warmup 3
              --skip-alexa  web chat only: leave out POST /alexa
              --out         results file (default benchmarks/target/results/load.json)
            """;

    static LoadOptions parse(List<String> args) {
        Path serverJar = DEFAULT_SERVER_JAR;
        Path out = DEFAULT_OUT;
        Integer clients = null;
        Integer warmup = null;
        Integer seconds = null;
        Integer rate = null;
        boolean quick = false;
        boolean alexa = true;
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "-h", "--help" -> help = true;
                case "--quick" -> quick = true;
                case "--skip-alexa" -> alexa = false;
                case "--server-jar" -> serverJar = Path.of(value(args, ++i, arg));
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--clients" -> clients = number(value(args, ++i, arg), arg, 1);
                case "--rate" -> rate = number(value(args, ++i, arg), arg, 1);
                case "--seconds" -> seconds = number(value(args, ++i, arg), arg, 1);
                case "--warmup" -> warmup = number(value(args, ++i, arg), arg, 0);
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        return new LoadOptions(serverJar, out, orElse(clients, 64), orElse(warmup, quick ? 3 : 10),
                orElse(seconds, quick ? 10 : 30), orElse(rate, DEFAULT_RATE), alexa, help);
    }

    private static int orElse(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }

    private static String value(List<String> args, int index, String name) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException(name + " needs a value");
        }
        return args.get(index);
    }

    private static int number(String value, String name, int min) {
        try {
            int number = Integer.parseInt(value);
            if (number < min) {
                throw new UsageException(name + " must be at least " + min + ", not " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not '" + value + "'");
        }
    }
}
