package io.sockscope.app.ui;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.SessionWriter;
import io.sockscope.sessions.WriterOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Benchmark harness (not a test): how long the window takes to open a big session, select its
 * last event, and take the same events live in per-frame batches. Runs headless (Monocle):
 * {@code java -cp ... io.sockscope.app.ui.WindowBench [events]}. Prints medians of 5 runs.
 */
public final class WindowBench {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        for (String p : List.of("testfx.robot=glass", "glass.platform=Monocle", "monocle.platform=Headless", "prism.order=sw")) {
            String[] kv = p.split("=");
            System.setProperty(kv[0], kv[1]);
        }
        Path dir = Files.createTempDirectory("sockscope-bench");
        Path file = dir.resolve("big.sockscope");
        List<Event> events = events(n);
        try (SessionWriter w = SessionWriter.open(file, SessionHeader.create("bench", "", "en"), WriterOptions.defaults())) {
            events.forEach(w);
        }
        System.setProperty("sockscope.config.dir", dir.toString());
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        // each run closes its window before the next opens one: JavaFX must not exit in between
        Platform.setImplicitExit(false);
        long[] open = new long[5];
        long[] select = new long[5];
        long[] live = new long[5];
        long[] loading = new long[5];
        long[] all = new long[5];
        for (int run = 0; run < 5; run++) {
            long[] r = once(file, events);
            loading[run] = r[3];
            all[run] = r[4];
            open[run] = r[0];
            select[run] = r[1];
            live[run] = r[2];
        }
        System.out.printf("events=%d file=%d KiB%n", n, Files.size(file) / 1024);
        System.out.printf("open file to session shown (median ms): %d%n", median(open));
        System.out.printf("  runs (ms): %s%n", Arrays.toString(open));
        System.out.printf("  CPU time of the loading thread (read, check, index, fold; median ms): %d%n", median(loading));
        System.out.printf("  CPU time of the whole process while opening (every thread: reader, JIT, GC, FX; median ms): %d%n",
                median(all));
        System.out.printf("select last event, list and diagram in step (median ms): %d%n", median(select));
        System.out.printf("same events live, batches of %d (median ms): %d%n", io.sockscope.app.live.LiveFeed.CAP, median(live));
        Platform.exit();
    }

    private static long[] once(Path file, List<Event> events) throws Exception {
        var loader = Executors.newSingleThreadExecutor();
        long[] out = new long[5];
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        CountDownLatch shown = new CountDownLatch(1);
        MainWindow[] win = new MainWindow[1];
        Platform.runLater(() -> {
            Stage stage = new Stage();
            Settings s = Settings.load(file.getParent());
            s.setSize(1200, 760);
            win[0] = new MainWindow(stage, s, new SessionViewModel(loader, SessionFiles.SOURCE));
            stage.show();
            win[0].viewModel().sessionProperty().addListener((o, a, b) -> shown.countDown());
            out[0] = System.nanoTime();
            win[0].open(file);
        });
        shown.await(120, TimeUnit.SECONDS);
        out[4] = (os.getProcessCpuTime() - cpu) / 1_000_000;
        // the loading thread did nothing but this open: its CPU time is the open's, whatever the load (the
        // file's lines are parsed on a second thread, counted in the whole process's CPU time above)
        out[3] = loader.submit(() -> java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime())
                .get() / 1_000_000;
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            out[0] = (System.nanoTime() - out[0]) / 1_000_000;
            long t = System.nanoTime();
            win[0].viewModel().selectEvent(events.size() - 1);
            out[1] = (System.nanoTime() - t) / 1_000_000;
            t = System.nanoTime();
            win[0].viewModel().showLive(new LoadedSession(file, "live", List.of()));
            for (int i = 0; i < events.size(); i += io.sockscope.app.live.LiveFeed.CAP) {
                win[0].viewModel().append(events.subList(i, Math.min(events.size(), i + io.sockscope.app.live.LiveFeed.CAP)));
            }
            out[2] = (System.nanoTime() - t) / 1_000_000;
            // the live session's store follows its file, here the big one: left open, it would index it
            // again on a thread of its own during the next runs' opens
            win[0].viewModel().store().close();
            ((Stage) win[0].diagram().getScene().getWindow()).close();
            done.countDown();
        });
        done.await(300, TimeUnit.SECONDS);
        loader.shutdownNow();
        return out;
    }

    private static List<Event> events(int n) {
        List<Event> out = new ArrayList<>(n);
        byte[] data = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        Payload p = Payload.of(data, data.length);
        out.add(new io.sockscope.model.event.Open(0, 0, "s1", io.sockscope.model.event.Proto.TCP,
                io.sockscope.model.event.Family.INET, 5, "client"));
        out.add(new io.sockscope.model.event.Open(1, 1, "s2", io.sockscope.model.event.Proto.TCP,
                io.sockscope.model.event.Family.INET, 6, "server"));
        for (int i = 2; i < n; i++) {
            out.add(i % 2 == 0 ? new Send(i, i * 1000L, "s1", 16, 16, p) : new Recv(i, i * 1000L, "s2", 16, 16, p));
        }
        return out;
    }

    private static long median(long[] xs) {
        long[] c = xs.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
