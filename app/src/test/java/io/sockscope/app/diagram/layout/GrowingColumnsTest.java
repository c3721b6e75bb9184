package io.sockscope.app.diagram.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.app.diagram.bench.SyntheticSession;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Proto;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Columns grown batch by batch (a live session) are exactly the columns laid out in full for the
 * fold as it is after each batch: the same lanes, the same zoom, every socket at the same x.
 */
class GrowingColumnsTest {
    private static final String[] OWNERS = {"client", "client", "client-2", "client A", "client B", "web", "solo"};

    @Test
    void aBurstOfAcceptedClientsGrowsTheLanesAndMatchesAFullLayout() {
        List<Event> events = new ArrayList<>();
        events.add(new Open(0, 0, "s1", Proto.TCP, Family.INET, 3, "server"));
        for (int i = 0; i < 600; i++) {
            events.add(new Open(events.size(), events.size(), "c" + i, Proto.TCP, Family.INET, 10 + i, "client"));
            events.add(new Accept(events.size(), events.size(), "s1", "a" + i, 700 + i, "127.0.0.1:1", "127.0.0.1:2"));
        }
        for (int i = 0; i < 600; i += 3) {
            events.add(new Close(events.size(), events.size(), "c" + i, false));
            events.add(new Close(events.size(), events.size(), "a" + i, false));
        }
        Run run = new Run(new Random(1));
        for (int i = 0; i < events.size(); ) {
            int n = Math.min(events.size() - i, 1 + run.rnd.nextInt(40));
            run.batch(events.subList(i, i + n), 1280, Set.of());
            i += n;
        }
        assertThat(run.growing.grownCount()).isGreaterThan(run.batches / 2);
    }

    @Test
    void randomSessionsGrownBatchByBatchMatchFullLayouts() {
        int grown = 0;
        int batches = 0;
        for (int seed = 0; seed < 30; seed++) {
            Run run = new Run(new Random(seed));
            List<Event> events = randomSession(run.rnd, 300 + run.rnd.nextInt(300), seed % 2 == 0 ? OWNERS : new String[] {"client"});
            Set<String> opened = new HashSet<>();
            double width = 600 + run.rnd.nextInt(3) * 400;
            for (int i = 0; i < events.size(); ) {
                int n = Math.min(events.size() - i, 1 + run.rnd.nextInt(25));
                if (run.rnd.nextInt(30) == 0) {
                    width = run.rnd.nextBoolean() ? -1 : 600 + run.rnd.nextInt(3) * 400;
                }
                if (run.rnd.nextInt(80) == 0 && !run.laid.collapsed().isEmpty()) {
                    opened.add(run.laid.collapsed().iterator().next());
                }
                run.batch(events.subList(i, i + n), width, opened);
                i += n;
            }
            grown += run.growing.grownCount();
            batches += run.batches;
        }
        System.out.println("grown " + grown + " of " + batches);
        assertThat(grown).isGreaterThan(batches / 6);
    }

    @Test
    void theSyntheticBenchSessionGrownBatchByBatchMatchesFullLayouts() {
        List<Event> events = SyntheticSession.generate(20_000, 7);
        Run run = new Run(new Random(5));
        for (int i = 0; i < events.size(); ) {
            int n = Math.min(events.size() - i, 1 + run.rnd.nextInt(300));
            run.batch(events.subList(i, i + n), 900, Set.of());
            i += n;
        }
    }

    /**
     * Sockets opened by owners that share lanes, accepted by servers, some closed: mostly in
     * waves of one owner (as live sessions go), now and then another owner, process or thread.
     */
    private static List<Event> randomSession(Random rnd, int count, String[] owners) {
        List<Event> events = new ArrayList<>();
        List<String> servers = new ArrayList<>();
        List<String> open = new ArrayList<>();
        String owner = owners[0];
        int pid = Open.NO_PID;
        int thread = Open.NO_PID;
        for (int i = 0; events.size() < count; i++) {
            int what = rnd.nextInt(20);
            long seq = events.size();
            if (rnd.nextInt(25) == 0) {
                owner = owners[rnd.nextInt(owners.length)];
                pid = rnd.nextInt(3) == 0 ? 100 + rnd.nextInt(2) : Open.NO_PID;
                thread = pid != Open.NO_PID && rnd.nextBoolean() ? rnd.nextInt(2) : Open.NO_PID;
            }
            if (what == 0 && owners.length > 1 || servers.isEmpty()) {
                String s = "srv" + i;
                events.add(new Open(seq, seq, s, Proto.TCP, Family.INET, i, rnd.nextBoolean() ? "server" : "server-" + rnd.nextInt(3)));
                servers.add(s);
            } else if (what < 9) {
                String server = servers.get(rnd.nextInt(Math.min(2, servers.size())));
                events.add(new Accept(seq, seq, server, "acc" + i, i, "127.0.0.1:1", "127.0.0.1:2"));
                open.add("acc" + i);
            } else if (what < 17) {
                events.add(new Open(seq, seq, "c" + i, Proto.TCP, Family.INET, i, owner, pid, "prog", "", thread));
                open.add("c" + i);
            } else if (!open.isEmpty()) {
                events.add(new Close(seq, seq, open.remove(rnd.nextInt(open.size())), rnd.nextBoolean()));
            }
        }
        return events;
    }

    /** One live fold, laid out by growing after each batch and in full, compared. */
    private static final class Run {
        final Random rnd;
        final SessionFold fold = new SessionFold();
        final GrowingColumns growing = new GrowingColumns();
        GrowingColumns.Layout laid = new GrowingColumns.Layout(new ColumnLayout(List.of()), Set.of(), Double.NaN);
        int batches;

        Run(Random rnd) {
            this.rnd = rnd;
        }

        void batch(List<Event> events, double width, Set<String> opened) {
            fold.append(events);
            batches++;
            Set<String> wanted = new HashSet<>(laid.collapsed());
            wanted.removeAll(opened);
            laid = growing.layout(fold, width, opened, Set.copyOf(wanted));
            Fit fit = width > 0 ? Fit.of(fold.columns(), width, opened) : null;
            Set<String> collapsed = fit != null ? fit.collapsed() : Set.copyOf(wanted);
            ColumnLayout full = new ColumnLayout(fold.columns(), collapsed);
            assertThat(laid.collapsed()).isEqualTo(collapsed);
            assertThat(Double.valueOf(laid.zoom())).isEqualTo(Double.valueOf(fit != null ? fit.zoom() : Double.NaN));
            assertSame(laid.cols(), full);
            for (Lifeline l : fold.lifelines()) {
                assertThat(laid.cols().x(l.socket())).as(l.socket()).isEqualTo(full.x(l.socket()));
            }
        }
    }

    static void assertSame(ColumnLayout grown, ColumnLayout full) {
        assertThat(grown.columns()).extracting(GrowingColumnsTest::describe)
                .isEqualTo(full.columns().stream().map(GrowingColumnsTest::describe).toList());
        assertThat(grown.width()).isEqualTo(full.width());
        for (int i = 0; i < full.columns().size(); i++) {
            String socket = full.columns().get(i).socket();
            assertThat(grown.x(i)).isEqualTo(full.x(i));
            assertThat(grown.indexOf(socket)).isEqualTo(i);
            assertThat(grown.laneFamily(socket)).isEqualTo(full.laneFamily(socket));
        }
    }

    private static String describe(Lifeline l) {
        return l + " " + l.group() + " " + l.family() + " fd " + l.fd() + " parent " + l.parent();
    }
}
