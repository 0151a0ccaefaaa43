package org.councilassistant.core.service.bins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.councilassistant.core.setup.SetupException;

/**
 * Where the bin data files are read from: the sample council's, under {@code bins/} on the classpath, or a
 * council's own directory outside the jar. Both hold the same three files in the layout of docs/bin-data.md.
 */
final class BinDataFiles {

    static final String ADDRESSES = "addresses.csv";
    static final String ROUNDS = "rounds.csv";
    static final String CALENDAR = "calendar.csv";
    private static final String SAMPLE_FOLDER = "bins/";
    private static final String LAYOUT = "in the layout described in docs/bin-data.md";

    /** A data file's lines, with the name to give it in error messages. */
    record DataFile(String name, List<String> lines) {
    }

    private final Function<String, DataFile> reader;

    private BinDataFiles(Function<String, DataFile> reader) {
        this.reader = reader;
    }

    /** The sample council's files, shipped in the jar. */
    static BinDataFiles sample() {
        return new BinDataFiles(BinDataFiles::readResource);
    }

    /** A council's files in {@code directory}, checked to exist now so that a wrong setting fails at start-up. */
    static BinDataFiles directory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new SetupException("The bin data directory " + directory.toAbsolutePath() + " ("
                    + BinsProperties.DIRECTORY_SETTING + ") does not exist or is not a directory.",
                    "Create it with " + ADDRESSES + ", " + ROUNDS + " and " + CALENDAR + " " + LAYOUT + ", or set "
                            + BinsProperties.DIRECTORY_SETTING + " to the directory that has them.");
        }
        return new BinDataFiles(name -> readFile(directory.resolve(name).toAbsolutePath()));
    }

    DataFile read(String name) {
        return reader.apply(name);
    }

    private static DataFile readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SetupException("The bin data file " + file + " is missing.", "Put the council's "
                    + file.getFileName() + " there " + LAYOUT + ", or set " + BinsProperties.DIRECTORY_SETTING
                    + " to the directory that has it.");
        }
        try {
            return new DataFile(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            throw new SetupException("The bin data file " + file + " is not UTF-8 text.",
                    "Save it as UTF-8 (in Excel, as \"CSV UTF-8\").", e);
        } catch (IOException e) {
            throw new SetupException("The bin data file " + file + " cannot be read: " + e.getMessage() + ".",
                    "Check that the account the assistant runs as may read it.", e);
        }
    }

    private static DataFile readResource(String name) {
        String path = SAMPLE_FOLDER + name;
        try (InputStream in = BinDataFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + path);
            }
            return new DataFile(path, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }
}
