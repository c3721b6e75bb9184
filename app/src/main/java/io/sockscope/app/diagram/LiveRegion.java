package io.sockscope.app.diagram;

import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.model.event.Event;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;

/**
 * The older part of a live session the view is scrolled to: the live fold keeps the drawing of
 * its newest {@value #HORIZON} rows only, so rows before those are folded again from the
 * session's store ({@link SessionFold#region}) on a thread of their own, {@value #PAD} rows
 * either side of what the view shows, and drawn once ready. Live batches go on into the region
 * too, so it draws what the whole fold would. One region at a time; the FX thread never waits
 * for it (the view says it is reading meanwhile).
 */
final class LiveRegion {
    /** Rows whose drawing records the live fold keeps (and up to a quarter more). */
    static final int HORIZON = 50_000;
    /** Rows read around what the view shows. */
    static final int PAD = 1_024;
    /** Events left for the FX thread to fold into a region once read, at most (and batches caught up before). */
    static final int CATCH_UP = 4_096;

    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sockscope-region");
        t.setDaemon(true);
        return t;
    });
    private final Runnable ready;
    private SessionFold region;
    private RowAxis regionAxis;
    /** Bumped on every new session or request: a late answer to an older one is dropped. */
    private long generation;
    private boolean reading;

    /** @param ready run on the FX thread when a region is ready to draw */
    LiveRegion(Runnable ready) {
        this.ready = ready;
    }

    /**
     * Folds into {@code f} the events the live fold got while {@code f} was read, from
     * {@code store} on the reader's thread, until fewer than {@value #CATCH_UP} are left for the
     * FX thread; returns how many events {@code f} has folded.
     */
    private static int catchUp(SessionFold f, List<? extends Event> store, int from, java.util.function.IntSupplier folded) {
        int done = from;
        for (int now = folded.getAsInt(); now - done >= CATCH_UP; now = folded.getAsInt()) {
            for (; done < now; done = Math.min(now, done + CATCH_UP)) {
                f.append(store.subList(done, Math.min(now, done + CATCH_UP)));
            }
        }
        return done;
    }

    /** Forgets the region (a new session, another layout). */
    void clear() {
        generation++;
        region = null;
        regionAxis = null;
        reading = false;
    }

    /** The region, if it holds every row from {@code first} to {@code last}; else null. */
    SessionFold covering(int first, int last) {
        return region != null && region.firstHeld() <= Math.max(0, first) && region.lastHeld() >= last ? region : null;
    }

    RowAxis axis() {
        return regionAxis;
    }

    /** True while a region is being read. */
    boolean reading() {
        return reading;
    }

    /** More live events: the region folds them too. */
    void append(List<Event> batch) {
        if (region != null) {
            region.append(batch);
        }
    }

    /**
     * Reads the region for rows {@code first..last} (unless one is being read): the events the
     * live fold has folded ({@code folded}, read from any thread) from {@code store} (the same
     * events, in a list safe to read off the FX thread) on the reader's thread, and those it
     * folds meanwhile; then, on the FX thread, the last few from {@code events}, and an axis
     * from {@code liveAxis}'s sample.
     */
    void request(List<? extends Event> store, List<? extends Event> events, java.util.function.IntSupplier folded,
                 int first, int last, boolean ended, RowAxis liveAxis) {
        if (reading) {
            return;
        }
        reading = true;
        long asked = ++generation;
        int count = folded.getAsInt();
        int start = RowAxis.sampleAtOrBefore(first - PAD);
        int end = last + PAD;
        reader.execute(() -> {
            SessionFold f;
            int caught;
            try {
                f = SessionFold.region(store, count, start, end, ended);
                caught = catchUp(f, store, count, folded);
            } catch (RuntimeException e) { // the store was closed under it (a new session): nothing to draw
                System.getLogger(LiveRegion.class.getName()).log(System.Logger.Level.INFO,
                        "cannot read rows " + start + ".." + end + " of the live session again: " + e);
                Platform.runLater(() -> {
                    if (asked == generation) {
                        reading = false;
                    }
                });
                return;
            }
            Platform.runLater(() -> {
                if (asked != generation) {
                    return;
                }
                reading = false;
                f.append(events.subList(caught, folded.getAsInt())); // a few batches at most
                region = f;
                regionAxis = RowAxis.from(liveAxis, start).update(f);
                ready.run();
            });
        });
    }
}
