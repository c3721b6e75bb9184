package io.sockscope.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Event;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A recording process killed with SIGKILL leaves a file that opens and holds all but the last 100 ms. */
class SessionWriterCrashTest {
    private static final long WINDOW_NS = TimeUnit.MILLISECONDS.toNanos(100);

    @TempDir
    Path dir;

    @Test
    @Timeout(90)
    void sigkillLosesAtMostTheLast100Milliseconds() throws Exception {
        Path file = dir.resolve("crash.sockscope");
        Path stderr = dir.resolve("child.err");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashRecorder.class.getName(), file.toString())
                .redirectError(stderr.toFile())
                .start();
        // seq printed by the child and when this process received it: the child wrote it no later than that
        List<long[]> received = new CopyOnWriteArrayList<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    received.add(new long[] {Long.parseLong(line.trim()), System.nanoTime()});
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "child-stdout");
        pump.start();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (received.size() < 1500 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(child.isAlive(), () -> "child died early: " + read(stderr));
        long killedAt = System.nanoTime();
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        pump.join(30_000);
        assertEquals(137, child.exitValue(), "128 + SIGKILL");

        long mustHave = -1;
        for (long[] r : received) {
            if (r[1] < killedAt - WINDOW_NS) {
                mustHave = Math.max(mustHave, r[0]);
            }
        }
        assertTrue(mustHave > 500, "enough events before the window to make the check mean something: " + mustHave);

        Session s = Sessions.readAll(file);

        List<Event> events = s.events();
        long lastInFile = events.isEmpty() ? -1 : events.get(events.size() - 1).seq();
        assertTrue(lastInFile >= mustHave, "file ends at seq " + lastInFile + " but seq " + mustHave
                + " was written more than 100 ms before the kill (tail dropped: " + s.droppedTail() + ")");
        assertEquals("crash", s.header().title());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return "(cannot read " + p + ": " + e + ")";
        }
    }
}
