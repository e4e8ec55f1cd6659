package dev.newsflow.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Where the process looks for things that have a sensible default outside the command line. */
final class Env {

    private Env() {
    }

    static Map<String, String> variables() {
        return System.getenv();
    }

    /**
     * The bundled sample archive: {@code $NEWSFLOW_HOME/samples/archive} (the launcher sets
     * NEWSFLOW_HOME to the repository), else {@code samples/archive} below the working directory.
     */
    static Path sampleArchive() {
        String home = System.getenv("NEWSFLOW_HOME");
        Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of("");
        Path archive = base.resolve("samples").resolve("archive");
        if (!Files.isDirectory(archive)) {
            throw new IllegalStateException("no sample archive at " + archive.toAbsolutePath()
                    + "; run from the repository root or pass --archive DIR");
        }
        return archive;
    }
}
