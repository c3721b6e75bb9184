package io.sockscope.app.live.bench;

import io.sockscope.app.live.Autosave;
import io.sockscope.app.live.LiveSession;
import io.sockscope.app.live.LiveWindow;
import io.sockscope.app.ui.MainWindow;
import io.sockscope.app.ui.SessionViewModel;
import io.sockscope.app.ui.Settings;
import io.sockscope.model.scenario.ScenarioRunner;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Benchmark: the whole live window while a scenario opens N (default 1,000) loopback
 * connections, each accepted, each sending a line the server reads. Runs the scenario
 * {@code rounds} times (default 3) in one JVM, each in a new live session: the first round
 * includes JIT warm-up. Per round it prints frames per second and the longest gap between
 * two frames, from the scenario's start until every event is in the view, and the FX thread's
 * wall and CPU time per pulse (CPU below wall means other threads or processes held the cores,
 * or the FX thread waited for the previous frame to be rendered).
 *
 * <p>A frame is a pulse: the first animation timer of the window (started before the window is
 * built) stamps its start, a post-layout listener its end, so a pulse's FX work counts every
 * timer (the live feed's, the diagram's redraw), CSS and layout; rendering happens on the
 * renderer's thread, and the next pulse waits for it. The benchmark leaves the feeding to the
 * window's own live feed, as in use, and reads how long each batch took it.
 * Headless on Monocle unless {@code -Dbench.display=true}.
 *
 * <p>Run: {@code java -cp <test+runtime classpath> io.sockscope.app.live.bench.LiveWindowBench [N] [rounds] [pause µs]};
 * a pause between connections (e.g. 5000) spreads them over seconds, as a paced scenario does.
 */
public final class LiveWindowBench {
    /** Pause between two connections, µs (third argument; 0: a burst). */
    private static long pauseMicros;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private LiveWindowBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        pauseMicros = args.length > 2 ? Long.parseLong(args[2]) : 0;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        if (!Boolean.getBoolean("bench.display")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                Clock clock = new Clock();
                clock.start(); // before the window's own timers: it stamps the start of each pulse
                Stage stage = new Stage();
                SessionViewModel vm = new SessionViewModel(Runnable::run, (f, p) -> {
                    throw new IllegalStateException("no files in the benchmark");
                });
                MainWindow window = new MainWindow(stage, Settings.load(Files.createTempDirectory("bench-settings")), vm);
                stage.setWidth(1280);
                stage.setHeight(800);
                LiveWindow live = LiveWindow.attach(window, new Autosave(Files.createTempDirectory("bench-data")));
                stage.show();
                new Driver(clock, live, vm, stage, n, rounds, done).start();
            } catch (Exception e) {
                e.printStackTrace();
                done.countDown();
            }
        });
        done.await();
        System.out.println("load average at the end: " + Files.readString(Path.of("/proc/loadavg")).trim());
        Platform.exit();
        System.exit(0);
    }

    /** CPU time of JavaFX's render thread so far (it rasterises every frame the FX thread records), or 0 if not found. */
    private static long rendererCpu() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("QuantumRenderer")) {
                return Math.max(0, CPU.getThreadCpuTime(t.getId()));
            }
        }
        return 0;
    }

    /** The first animation timer of every pulse: when the pulse began, and the FX thread's CPU time then. */
    private static final class Clock extends AnimationTimer {
        private long now;
        private long wall;
        private long cpu;

        @Override
        public void handle(long pulse) {
            now = pulse;
            wall = System.nanoTime();
            cpu = CPU.getCurrentThreadCpuTime();
        }
    }

    /** Runs the rounds from an animation timer: 30 quiet frames, then a scenario, until all is shown. */
    private static final class Driver extends AnimationTimer {
        private final Clock clock;
        private final LiveWindow live;
        private final SessionViewModel vm;
        private final int n;
        private final int rounds;
        private final CountDownLatch done;
        private final AtomicBoolean scenarioDone = new AtomicBoolean();
        private int round;
        private int quiet;
        private LiveSession session;
        private Stats stats;
        private long quietStart;
        private int batches;
        private int batchesSeen;
        private long rendererCpu;

        Driver(Clock clock, LiveWindow live, SessionViewModel vm, Stage stage, int n, int rounds, CountDownLatch done) {
            this.clock = clock;
            this.live = live;
            this.vm = vm;
            this.n = n;
            this.rounds = rounds;
            this.done = done;
            live.addBatchListener(b -> batches++);
            stage.getScene().addPostLayoutPulseListener(() -> {
                if (stats != null && clock.wall != 0) {
                    stats.pulse(System.nanoTime() - clock.wall, CPU.getCurrentThreadCpuTime() - clock.cpu);
                    if (batches != batchesSeen) {
                        batchesSeen = batches;
                        stats.feed(live.feed().lastBatchNanos());
                    }
                }
            });
        }

        @Override
        public void handle(long now) {
            if (stats == null) {
                if (quiet == 0) {
                    quietStart = now;
                }
                if (++quiet == 30) {
                    System.out.printf(java.util.Locale.ROOT, "idle window before round %d: %.1f fps%n", round + 1, 29 / ((now - quietStart) / 1e9));
                    begin(clock.now);
                }
                return;
            }
            stats.frame(clock.now);
            if (scenarioDone.get() && vm.events().size() == session.recorded()) {
                stats.print("round " + (round + 1) + (round == 0 ? " (cold JIT)" : "") + ", " + n + " connections, "
                        + vm.events().size() + " events, " + live.window().diagram().view().fold().lifelines().size() + " lifelines, zoom "
                        + String.format(java.util.Locale.ROOT, "%.2f", live.window().diagram().view().zoomProperty().get()));
                long renderer = rendererCpu() - rendererCpu;
                System.out.printf(java.util.Locale.ROOT, "  renderer thread's CPU: %.0f ms in the round, %.1f ms a frame%n",
                        renderer / 1e6, renderer / 1e6 / Math.max(1, stats.frames()));
                stats = null;
                quiet = 0;
                if (++round == rounds) {
                    stop();
                    live.close();
                    done.countDown();
                }
            }
        }

        private void begin(long now) {
            session = live.newSession("bench " + (round + 1), "");
            scenarioDone.set(false);
            stats = new Stats(now);
            rendererCpu = rendererCpu();
            LiveSession s = session;
            Thread runner = new Thread(() -> {
                try {
                    new ScenarioRunner(s.engine().orElseThrow(), "en", ScenarioRunner.Pacer.NONE, Duration.ofSeconds(30))
                            .run(new ThousandConnections(n, pauseMicros * 1000L));
                } catch (Exception e) {
                    e.printStackTrace();
                }
                scenarioDone.set(true);
            }, "bench-scenario");
            runner.start();
        }
    }
}
