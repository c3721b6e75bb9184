package io.sockscope.app.live.bench;

import io.sockscope.app.live.Autosave;
import io.sockscope.app.live.LiveSession;
import io.sockscope.app.live.PeerNames;
import io.sockscope.app.live.ServeMode;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The server side of the soak benchmark: {@code serve --echo} as the window runs it (a live
 * session on the engine, recorded to an autosave file, {@link ServeMode} with echo), with a
 * thread standing in for the window that drains the session's queue once per frame (16 ms)
 * and drops the events (the window's own working set is not measured here). Prints
 * {@code serving on ADDRESS}, then every 10 s one {@code stats} line: seconds, open
 * descriptors, threads, heap used after a GC (MiB), autosave size (MiB), events recorded.
 * Ends when its standard input closes. Argument: the folder for the autosave.
 */
public final class SoakServer {
    private SoakServer() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : Files.createTempDirectory("sockscope-soak").toString());
        LiveSession session = LiveSession.start(new Autosave(dir), "soak", "", "en");
        CountDownLatch served = new CountDownLatch(1);
        new ServeMode(session.engine().orElseThrow(), 0, true, PeerNames.system()).start(e -> {
            System.out.println(e instanceof Bind b ? "serving on " + b.local() : "cannot serve: " + ((Failure) e).message());
            served.countDown();
        });
        served.await();
        Thread view = new Thread(() -> drain(session), "view-stand-in");
        view.setDaemon(true);
        view.start();
        long start = System.nanoTime();
        Thread stats = new Thread(() -> report(session, start), "soak-stats");
        stats.setDaemon(true);
        stats.start();
        while (System.in.read() >= 0) {
            // the driver closes our input to end us
        }
        session.close();
        report(session, start);
    }

    private static void drain(LiveSession session) {
        List<Event> batch = new ArrayList<>();
        while (!session.closed()) {
            batch.clear();
            session.drain(batch, Integer.MAX_VALUE);
            try {
                TimeUnit.MILLISECONDS.sleep(16);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void report(LiveSession session, long start) {
        while (true) {
            try {
                TimeUnit.SECONDS.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
            print(session, start);
            if (session.closed()) {
                return;
            }
        }
    }

    static void print(LiveSession session, long start) {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heap = mem.getHeapMemoryUsage().getUsed();
        long size;
        try {
            size = Files.size(session.file());
        } catch (IOException e) {
            size = -1;
        }
        System.out.printf("stats %4d s  fds %5d  threads %4d  heap-after-gc %6.1f MiB  autosave %8.1f MiB  events %,d%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), count("/proc/self/fd"), count("/proc/self/task"),
                heap / 1048576.0, size / 1048576.0, session.recorded());
        System.out.flush();
    }

    private static long count(String dir) {
        try (Stream<Path> s = Files.list(Path.of(dir))) {
            return s.count();
        } catch (IOException e) {
            return -1;
        }
    }
}
