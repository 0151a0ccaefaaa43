package org.councilassistant.benchmarks.jmh;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.councilassistant.benchmarks.UsageException;

/**
 * The command line of {@code jmh}.
 *
 * @param out where the figures go
 * @param include a regular expression over benchmark names, or empty for all of this package's benchmarks
 * @param articles knowledge-base sizes for the search benchmarks, or empty for the benchmarks' own (1k and 100k by words, 1k and 10k by words and meaning)
 * @param warmupIterations warm-up iterations per fork
 * @param warmupSeconds length of one warm-up iteration
 * @param iterations measured iterations per fork
 * @param iterationSeconds length of one measured iteration
 * @param help true when only the usage was asked for
 */
record JmhOptions(Path out, Optional<String> include, List<String> articles, int warmupIterations,
        int warmupSeconds, int iterations, int iterationSeconds, boolean help) {

    static final Path DEFAULT_OUT = Path.of("benchmarks/target/results/jmh.json");
    static final String USAGE = """
            usage: jmh [--quick] [--include REGEX] [--articles 1000,100000] [--out FILE]
              --quick      2 x 1 s warm-up and 2 x 1 s measurement per benchmark (default 3 x 2 s and 3 x 3 s)
              --include    only benchmarks whose name matches, e.g. classify
              --articles   knowledge-base sizes for the search benchmarks, comma-separated
              --out        results file (default benchmarks/target/results/jmh.json)
            """;

    static JmhOptions parse(List<String> args) {
        Path out = DEFAULT_OUT;
        Optional<String> include = Optional.empty();
        List<String> articles = List.of();
        boolean quick = false;
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--quick" -> quick = true;
                case "-h", "--help" -> help = true;
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--include" -> include = Optional.of(value(args, ++i, arg));
                case "--articles" -> articles = sizes(value(args, ++i, arg));
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        return quick
                ? new JmhOptions(out, include, articles, 2, 1, 2, 1, help)
                : new JmhOptions(out, include, articles, 3, 2, 3, 3, help);
    }

    private static String value(List<String> args, int index, String name) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException(name + " needs a value");
        }
        return args.get(index);
    }

    private static List<String> sizes(String list) {
        List<String> sizes = Arrays.stream(list.split(",")).map(String::strip).toList();
        for (String size : sizes) {
            if (!size.matches("[1-9][0-9]*")) {
                throw new UsageException("--articles takes whole numbers separated by commas, not '" + list + "'");
            }
        }
        return sizes;
    }
}
