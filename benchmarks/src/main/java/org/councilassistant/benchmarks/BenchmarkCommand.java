package org.councilassistant.benchmarks;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.councilassistant.benchmarks.dataset.DatasetException;
import org.councilassistant.benchmarks.peer.PeerUnavailableException;

/**
 * Entry point of {@code benchmarks.jar}: {@code java -jar benchmarks/target/benchmarks.jar <command> [options]}.
 *
 * <p>The accuracy commands live in this package. The performance commands live in packages of their own and are
 * found by class name, {@code org.councilassistant.benchmarks.<package>.<Name>Command}, so that this class does not
 * depend on them and a build without one of them still runs the rest.
 */
public final class BenchmarkCommand {

    /** Commands found by reflection: name → class name. Other names follow the same convention. */
    static final Map<String, String> EXTERNAL_COMMANDS = Map.of(
            "jmh", "org.councilassistant.benchmarks.jmh.JmhCommand",
            "load", "org.councilassistant.benchmarks.load.LoadCommand",
            "memory", "org.councilassistant.benchmarks.memory.SessionMemoryCommand");

    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    private BenchmarkCommand() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs one command; returns its exit code instead of exiting, for tests. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || List.of("-h", "--help", "help").contains(args[0])) {
            (args.length == 0 ? err : out).print(usage());
            return args.length == 0 ? EXIT_USAGE : 0;
        }
        String name = args[0];
        List<String> rest = List.of(args).subList(1, args.length);
        Command command = ownCommands(out).get(name);
        try {
            if (command != null) {
                return command.run(rest);
            }
            return runExternal(name, rest.toArray(String[]::new), err);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("usage: java -jar " + ModuleLayout.JAR + " " + name + " "
                    + (command == null ? "[options]" : command.synopsis()));
            return EXIT_USAGE;
        } catch (DatasetException e) {
            err.println("error: " + e.getMessage());
            return EXIT_USAGE;
        } catch (PeerUnavailableException e) {
            err.println("error: " + e.getMessage());
            return EXIT_FAILED;
        } catch (Exception e) {
            err.println("error: " + name + " failed: " + e);
            e.printStackTrace(err);
            return EXIT_FAILED;
        }
    }

    static Map<String, Command> ownCommands(PrintStream out) {
        Map<String, Command> commands = new LinkedHashMap<>();
        commands.put("intent-eval", new IntentEvalCommand(out));
        commands.put("council-cv", new CouncilCrossValidationCommand(out));
        commands.put("search-cv", new SearchCrossValidationCommand(out));
        commands.put("council-content", new CouncilContentCommand(out));
        commands.put("language-detect", new LanguageDetectCommand(out));
        commands.put("peer", new PeerCommand(out));
        commands.put("report", new ReportCommand(out));
        return commands;
    }

    /** The class a command name maps to: the known ones, else {@code <name>.<Name>Command}. */
    static Optional<String> externalClassName(String name) {
        if (EXTERNAL_COMMANDS.containsKey(name)) {
            return Optional.of(EXTERNAL_COMMANDS.get(name));
        }
        if (!name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            return Optional.empty();
        }
        StringBuilder simpleName = new StringBuilder();
        for (String part : name.split("-")) {
            simpleName.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return Optional.of("org.councilassistant.benchmarks." + name.replace("-", "") + "." + simpleName + "Command");
    }

    /** The {@code public static void main(String[])} of a command class, if this build has it. */
    static Optional<Method> externalMain(String name) {
        Optional<String> className = externalClassName(name);
        if (className.isEmpty()) {
            return Optional.empty();
        }
        try {
            Class<?> type = Class.forName(className.get(), false, BenchmarkCommand.class.getClassLoader());
            Method main = type.getMethod("main", String[].class);
            return Modifier.isStatic(main.getModifiers()) ? Optional.of(main) : Optional.empty();
        } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static int runExternal(String name, String[] args, PrintStream err) throws Exception {
        Optional<Method> main = externalMain(name);
        if (main.isEmpty()) {
            String className = externalClassName(name).orElse(null);
            if (EXTERNAL_COMMANDS.containsKey(name)) {
                err.println("error: command '" + name + "' is not in this build (no class " + className + ")");
            } else {
                err.println("error: unknown command '" + name + "'"
                        + (className == null ? "" : " (this build has no class " + className + ")"));
                err.print(usage());
            }
            return EXIT_USAGE;
        }
        try {
            main.get().invoke(null, (Object) args);
            return 0;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    static String usage() {
        StringBuilder text = new StringBuilder("usage: java -jar " + ModuleLayout.JAR + " <command> [options]\n\n");
        ownCommands(System.out).forEach((name, command) ->
                text.append(String.format(Locale.ROOT, "  %-16s %s%n", name, command.synopsis())));
        EXTERNAL_COMMANDS.keySet().stream().sorted().forEach(name -> text.append(String.format(Locale.ROOT,
                "  %-16s %s%n", name, externalMain(name).isPresent() ? "(see its own help)" : "(not in this build)")));
        text.append("\nRun from the project root; see benchmarks/README.md.\n");
        return text.toString();
    }
}
