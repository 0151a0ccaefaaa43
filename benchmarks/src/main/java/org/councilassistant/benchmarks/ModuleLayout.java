package org.councilassistant.benchmarks;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the benchmarks find their inputs and put their outputs, relative to the project root: the directory
 * the commands are meant to run from. Found from the working directory, else from where this jar lies.
 *
 * @param projectRoot the directory holding {@code benchmarks/}
 */
record ModuleLayout(Path projectRoot) {

    /** The CLINC150 file, as the issue names it: relative to the project root. */
    static final String CLINC_FILE = "../shared/datasets/clinc150/clinc150_dev.json";
    static final String JAR = "benchmarks/target/benchmarks.jar";
    /** The hand-written Welsh and English short messages for {@code language-detect}, relative to the project root. */
    static final String COUNCIL_CONTENT_DIR = "benchmarks/data/councils/kestrel-moor";
    static final String LANGUAGE_DETECTION_FILE = "benchmarks/data/language-detection/short-messages.tsv";

    static ModuleLayout locate() {
        Path cwd = Path.of("").toAbsolutePath();
        if (Files.isDirectory(cwd.resolve("benchmarks/src"))) {
            return new ModuleLayout(cwd);
        }
        if (Files.isDirectory(cwd.resolve("nlpjs")) && Files.isRegularFile(cwd.resolve("pom.xml"))) {
            return new ModuleLayout(cwd.getParent());
        }
        Path code = codeSource();
        if (code != null && code.getParent() != null && code.getParent().getFileName().toString().equals("target")) {
            Path module = code.getParent().getParent();
            if (module != null && module.getParent() != null) {
                return new ModuleLayout(module.getParent());
            }
        }
        return new ModuleLayout(cwd);
    }

    Path benchmarks() {
        return projectRoot.resolve("benchmarks");
    }

    Path nlpjs() {
        return benchmarks().resolve("nlpjs");
    }

    Path results() {
        return benchmarks().resolve("target/results");
    }

    Path report() {
        return benchmarks().resolve("REPORT.md");
    }

    Path clincFile() {
        return projectRoot.resolve(CLINC_FILE).normalize();
    }

    /** A council's own web content ({@code articles.json}) and residents' questions of it ({@code questions.csv}). */
    Path councilContentDir() {
        return projectRoot.resolve(COUNCIL_CONTENT_DIR);
    }

    Path languageDetectionFile() {
        return projectRoot.resolve(LANGUAGE_DETECTION_FILE);
    }

    /** A path as the user would type it from the project root. */
    String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path root = projectRoot.toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            return absolute.toString();
        }
        Path relative = root.relativize(absolute);
        return relative.toString().isEmpty() ? "." : relative.toString();
    }

    /** The jar or classes directory this code was loaded from, or null. */
    static Path codeSource() {
        try {
            var source = BenchmarkCommand.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
