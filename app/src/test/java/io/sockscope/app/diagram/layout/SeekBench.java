package io.sockscope.app.diagram.layout;

import io.sockscope.app.diagram.bench.SyntheticSession;
import io.sockscope.model.event.Event;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.SessionWriter;
import io.sockscope.sessions.WriterOptions;
import io.sockscope.sessions.store.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * {@code bench/run seek [events] [seeks]}: writes a synthetic session of a million events, opens
 * it as a file store, folds it once (as the window does on open), then seeks to random events:
 * the socket states at k (a checkpoint and a short fold of events read back from the file), and
 * for comparison the diagram of the session up to k folded from the start (what the window's
 * "hide later events" does today).
 */
public final class SeekBench {
    private SeekBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int seeks = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path file = Files.createTempFile("sockscope-seek", ".sockscope");
        try {
            List<Event> events = SyntheticSession.generate(n, 42);
            try (SessionWriter w = SessionWriter.open(file, SessionHeader.create("seek bench", "", "en"),
                    WriterOptions.defaults())) {
                events.forEach(w);
            }
            events = null;
            System.out.printf("file: %,d events, %,d bytes%n", n, Files.size(file));
            long t0 = System.nanoTime();
            try (FileStore store = FileStore.open(file)) {
                long t1 = System.nanoTime();
                List<Event> list = new AbstractList<>() {
                    @Override
                    public Event get(int i) {
                        return store.get(i);
                    }

                    @Override
                    public int size() {
                        return (int) store.size();
                    }
                };
                SessionFold fold = SessionFold.of(list);
                long t2 = System.nanoTime();
                System.gc();
                Runtime rt = Runtime.getRuntime();
                System.out.printf("open (index) %.0f ms, fold %.0f ms, %d checkpoints, heap in use after open %.0f MiB%n",
                        (t1 - t0) / 1e6, (t2 - t1) / 1e6, fold.checkpointCount(),
                        (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
                Random random = new Random(7);
                double[] state = new double[seeks];
                for (int i = 0; i < seeks; i++) {
                    long k = random.nextInt(n);
                    long a = System.nanoTime();
                    SocketStates s = fold.statesAfter(k);
                    state[i] = (System.nanoTime() - a) / 1e6;
                    if (s.folded() != k + 1) {
                        throw new AssertionError("seek to " + k + " folded " + s.folded());
                    }
                }
                report("seek: socket states at a random event", state);
                int diagramSeeks = Math.max(3, seeks / 20);
                double[] diagram = new double[diagramSeeks];
                for (int i = 0; i < diagramSeeks; i++) {
                    int k = random.nextInt(n);
                    long a = System.nanoTime();
                    SessionFold up = new SessionFold();
                    up.append(list.subList(0, k + 1));
                    diagram[i] = (System.nanoTime() - a) / 1e6;
                    if (up.rowCount() == 0) {
                        throw new AssertionError("empty fold");
                    }
                }
                report("diagram up to a random event, folded from the start", diagram);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void report(String what, double[] ms) {
        Arrays.sort(ms);
        System.out.printf("%s: %d runs, median %.2f ms, 90th %.2f ms, max %.2f ms%n", what, ms.length,
                ms[ms.length / 2], ms[(int) (ms.length * 0.9)], ms[ms.length - 1]);
    }
}
