package io.sockscope.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The fuzzer's fixed inputs: the sample sessions it mutates, and files that are not session files at all. */
final class FuzzInputs {
    private FuzzInputs() {
    }

    /** A few small shipped samples (from the module or the repository root). */
    static List<Path> samples() {
        Path dir = Files.isDirectory(Path.of("resources", "sessions")) ? Path.of("resources", "sessions")
                : Path.of("..", "resources", "sessions");
        List<Path> out = new ArrayList<>();
        for (String name : new String[] {"tcp-echo", "select-server", "udp-echo", "unix-stream", "half-close"}) {
            out.add(dir.resolve(name + ".sockscope"));
        }
        return out;
    }

    /** A named pipe in {@code dir}, devices, /proc files and a directory. */
    static List<Path> notSessions(Path dir) throws IOException, InterruptedException {
        Path fifo = dir.resolve("fifo.sockscope");
        Files.deleteIfExists(fifo);
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("mkfifo " + fifo + " failed");
        }
        return List.of(fifo, Path.of("/dev/zero"), Path.of("/dev/urandom"), Path.of("/dev/null"),
                Path.of("/proc/self/status"), Path.of("/proc/self/mem"), Path.of("/sys/kernel/mm/transparent_hugepage/enabled"),
                dir);
    }
}
