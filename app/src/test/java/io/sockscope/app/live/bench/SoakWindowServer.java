package io.sockscope.app.live.bench;

import io.sockscope.app.diagram.DiagramView;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.live.Autosave;
import io.sockscope.app.live.LiveSession;
import io.sockscope.app.live.LiveWindow;
import io.sockscope.app.ui.MainWindow;
import io.sockscope.app.ui.SessionViewModel;
import io.sockscope.app.ui.Settings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The server side of the window soak: the whole window (Monocle headless, software pipeline,
 * 1280×800) running {@code serve --echo} as {@code ./sockscope serve --echo} does, its live
 * diagram fed once per frame. Prints {@code serving on ADDRESS}, then every 10 s one
 * {@code stats} line: seconds, open descriptors, threads, heap used just after a full GC (MiB), autosave
 * size (MiB), events recorded, events in the view, the diagram fold's rows and the drawing
 * records it holds, the most events held in memory for the view after a batch (waiting, or read
 * back from the autosave), the frames drawn, the longest time the live feed took within a frame
 * (from the pulse's start to this benchmark's own timer, which runs after the feed's) and the
 * longest gap between two frames in those 10 s (a gap spanning the
 * forced GC of the heap figure is counted apart: it is the measurement's). Every minute it
 * scrolls the diagram back to the session's start (an event the live fold no longer holds),
 * prints how long that part took to read and draw, and goes back to live 5 s later. Ends when
 * its standard input closes. Argument: the folder for the autosave and settings. The system
 * property {@code soak.budget.mib} sets the autosave's disk budget (default the setting's, 300 MiB;
 * 0 for none), so that events keep reaching the view for the whole run; {@code soak.seek=off} leaves
 * out the scroll back every minute (a region read in progress at the forced GC counts in the heap).
 */
public final class SoakWindowServer {
    private static final AtomicLong maxGap = new AtomicLong();
    /** Frames since the last stats line, and the longest time the live feed took within one (its timer runs before ours). */
    private static final AtomicLong frames = new AtomicLong();
    private static final AtomicLong maxFeed = new AtomicLong();
    /** The longest gap that spans this program's own forced GC (the measurement's pause, counted apart). */
    private static final AtomicLong gcGap = new AtomicLong();
    private static volatile long gcFrom;
    private static volatile long gcTo;
    private static volatile String foldFigures = "";
    /** The most events held in memory for the view after a batch, since the last stats line. */
    private static final java.util.concurrent.atomic.AtomicInteger mostHeld = new java.util.concurrent.atomic.AtomicInteger();

    private SoakWindowServer() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Path dir = Path.of(args.length > 0 ? args[0] : Files.createTempDirectory("sockscope-soak").toString());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch served = new CountDownLatch(1);
        LiveWindow[] live = new LiveWindow[1];
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                SessionViewModel vm = new SessionViewModel(Runnable::run, (f, p) -> {
                    throw new IllegalStateException("no files in the soak");
                });
                Path settings = Files.createDirectories(dir.resolve("settings"));
                String budget = System.getProperty("soak.budget.mib");
                if (budget != null) { // the autosave's disk budget for this run, as a user sets it in settings.json
                    Files.writeString(settings.resolve("settings.json"),
                            "{\"autosaveBudgetMiB\": " + Integer.parseInt(budget) + "}");
                }
                MainWindow window = new MainWindow(stage, Settings.load(settings), vm);
                stage.setWidth(1280);
                stage.setHeight(800);
                live[0] = LiveWindow.attach(window, new Autosave(Files.createDirectories(dir.resolve("data"))));
                stage.show();
                live[0].addBatchListener(batch -> {
                    LiveSession s = live[0].current();
                    if (s != null) {
                        mostHeld.accumulateAndGet(s.heldForView(), Math::max);
                    }
                });
                live[0].serve(0, true, line -> {
                    System.out.println(line.contains("serving on ")
                            ? "serving on " + line.replaceAll(".*serving on (\\S+).*", "$1") : line);
                    served.countDown();
                });
                new Frames(window.diagram().view(), vm).start();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        served.await();
        long start = System.nanoTime();
        Thread stats = new Thread(() -> report(live[0], start), "soak-stats");
        stats.setDaemon(true);
        stats.start();
        while (System.in.read() >= 0) {
            // the driver closes our input to end us
        }
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            live[0].close();
            closed.countDown();
        });
        closed.await(30, TimeUnit.SECONDS);
        TimeUnit.SECONDS.sleep(2);
        print(live[0], start);
        Platform.exit();
        System.exit(0);
    }

    /** Frame gaps, the fold's figures once a second, and a scroll back to the start every minute. */
    private static final class Frames extends AnimationTimer {
        /** {@code -Dsoak.seek=off} leaves the scroll back out, so the heap figures are the live working set's alone. */
        private static final boolean SEEKS = !"off".equals(System.getProperty("soak.seek"));
        private final DiagramView view;
        private final SessionViewModel vm;
        private long last;
        private long nextFigures;
        private long nextSeek;
        private long seekAt;
        private long backAt;

        Frames(DiagramView view, SessionViewModel vm) {
            this.view = view;
            this.vm = vm;
        }

        @Override
        public void handle(long now) {
            frames.incrementAndGet();
            maxFeed.accumulateAndGet(System.nanoTime() - now, Math::max);
            if (last != 0) {
                boolean gc = last < gcTo && now > gcFrom;
                (gc ? gcGap : maxGap).accumulateAndGet(now - last, Math::max);
            }
            last = now;
            if (nextSeek == 0) {
                nextSeek = now + 60_000_000_000L;
            }
            SessionFold f = view.fold();
            if (now >= nextFigures) {
                foldFigures = String.format("view %,d  rows %,d (held from %,d)  records %,d", vm.events().size(),
                        f.rowCount(), f.firstHeld(), f.recordsHeld());
                nextFigures = now + 1_000_000_000L;
            }
            if (SEEKS && seekAt == 0 && now >= nextSeek && f.firstHeld() > 0) {
                seekAt = now;
                view.reveal(10); // the session's start: let go of long ago
            } else if (seekAt != 0 && backAt == 0 && view.shown() != f) {
                System.out.printf("seek  an early event read again and drawn in %d ms (rows %,d)%n",
                        (now - seekAt) / 1_000_000, f.rowCount());
                backAt = now + 5_000_000_000L;
            } else if (backAt != 0 && now >= backAt) {
                view.followHead();
                seekAt = 0;
                backAt = 0;
                nextSeek = now + 60_000_000_000L;
            }
        }
    }

    private static void report(LiveWindow live, long start) {
        while (true) {
            try {
                TimeUnit.SECONDS.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
            print(live, start);
        }
    }

    /**
     * Heap in use just after a full collection, or -1 when none could be had. {@code System.gc()}
     * returns without one while a thread holds a JNI critical region (the software pipeline's
     * pixel copies; the GC log then shows "GCLocker Initiated GC" and no full pause), and the heap
     * in use is then garbage and all: so it is asked again until the full collections counted grow.
     */
    private static long heapAfterFullGc() {
        java.lang.management.GarbageCollectorMXBean full = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(b -> b.getName().contains("Old") || b.getName().contains("MarkSweep"))
                .findFirst().orElseThrow();
        for (int i = 0; i < 10; i++) {
            long before = full.getCollectionCount();
            System.gc();
            if (full.getCollectionCount() > before) {
                return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            }
        }
        return -1;
    }

    private static void print(LiveWindow live, long start) {
        gcFrom = System.nanoTime();
        long heap = heapAfterFullGc();
        gcTo = System.nanoTime();
        LiveSession s = live.current();
        long size = -1;
        long recorded = s == null ? -1 : s.recorded();
        try {
            size = s == null ? -1 : Files.size(s.file());
        } catch (IOException e) {
            System.out.println("autosave size unknown: " + e.getMessage());
        }
        System.out.printf("stats %4d s  fds %5d  threads %4d  heap-after-gc %6.1f MiB  autosave %8.1f MiB  events %,d  %s"
                        + "  held-for-view %,d  frames %d  feed-max %d ms  max-frame-gap %d ms (over the forced GC %d ms)%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), count("/proc/self/fd"), count("/proc/self/task"),
                heap / 1048576.0, size / 1048576.0, recorded, foldFigures, mostHeld.getAndSet(0), frames.getAndSet(0),
                maxFeed.getAndSet(0) / 1_000_000, maxGap.getAndSet(0) / 1_000_000,
                gcGap.getAndSet(0) / 1_000_000);
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
