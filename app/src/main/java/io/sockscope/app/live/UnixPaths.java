package io.sockscope.app.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Socket files for Unix servers made by clicking: one private temporary folder per run. */
final class UnixPaths {
    private static Path dir;

    private UnixPaths() {
    }

    /** A path for {@code socket}'s file that does not exist yet. */
    static synchronized String next(String socket) {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("sockscope-unix-");
                dir.toFile().deleteOnExit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for Unix socket files", e);
        }
        Path p = dir.resolve(socket + ".sock");
        for (int n = 2; Files.exists(p); n++) {
            p = dir.resolve(socket + "-" + n + ".sock");
        }
        return p.toString();
    }
}
