package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Payload;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The diagram's content as a pure fold over a session's events: lifelines, rows, data and
 * creation arrows, marks, activations, select badges and queue samples. Appendable, so a live
 * session and a replay are the same code. Every event but a queue sample gets its own row;
 * a queue sample belongs to the row before it.
 *
 * <p>The fold keeps no events: rows read theirs back from the list the fold was made from (a
 * window onto the session's store). Socket states are saved every {@value Checkpoints#EVERY}
 * events ({@link Checkpoints}), so the state at any event is a checkpoint plus a short fold.
 */
public final class SessionFold implements FoldView {
    final RowTable rows = new RowTable(this::event);
    final Map<String, Lifeline> lifelines = new LinkedHashMap<>();
    final Map<String, SocketHistory> histories = new LinkedHashMap<>();
    final List<DataArrow> arrows = new ArrayList<>();
    final List<CreationArrow> creations = new ArrayList<>();
    final List<Mark> marks = new ArrayList<>();
    final List<Activation> activations = new ArrayList<>();
    final List<Badge> badges = new ArrayList<>();
    final List<SignalArrow> signals = new ArrayList<>();
    final Copies copies = new Copies();
    final StreamMatcher streams = new StreamMatcher(this::addArrow, s -> copies.origin(s));
    final DatagramMatcher datagrams = new DatagramMatcher(this::addArrow, (socket, local) -> {
        SocketHistory h = histories.get(socket);
        if (h != null) {
            h.learnLocal(local, Math.max(0, rows.count() - 1));
        }
    });
    /** Bytes sent to a socket that closed without reading them: unread for good, in order of its close. */
    final List<DataArrow> settled = new ArrayList<>();
    /** Lost datagrams, sorted by send row (a cut shows those lost after it as unread). */
    final List<DataArrow> lost = new ArrayList<>();
    /** Datagrams found lost only because the session ended (a cut at the last event shows them unread). */
    final java.util.Set<DataArrow> lostAtEnd = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private boolean ending;
    private final FoldStep step = new FoldStep(this);
    private Checkpoints checkpoints;
    /** Where the events are read back from: the list the fold was made from, then {@link #extra}. */
    private List<? extends Event> base = List.of();
    /** True until {@link #readFrom} names the list that holds every event appended ({@link #readingLater}). */
    private boolean later;
    /** Events appended that {@link #base} did not hold when they came (a fold fed batch by batch). */
    private final List<Event> extra = new ArrayList<>();
    private long extraFrom = -1;
    private long[] stepSeqs = new long[16];
    private int steps;
    private long[] questionSeqs = new long[4];
    private int questions;
    private long firstT = -1;
    private long lastT;
    private final SeqRows rowOfSeq = new SeqRows();
    private long firstSeq = -1;
    /** Rows kept: {@code [first, last]} (a bounded fold moves first along, a region fold fixes both). */
    private int first;
    private int last = Integer.MAX_VALUE;
    /** Rows a bounded fold keeps at least (0: every row). */
    private int horizon;
    private int maxArrowSpan;
    private List<Lifeline> columns;
    /** Lifelines in the order they were added (laying columns out again takes the new ones from here). */
    final List<Lifeline> births = new ArrayList<>();
    private int selectors;
    /** Lifelines in the order they were closed. */
    final List<Lifeline> closings = new ArrayList<>();
    /** Closings whose sockets a bounded fold let go of ({@link #release}). */
    private int released;
    /** Closings a region fold looked at for sockets born after its last row ({@link #release}). */
    private int laterScanned;
    private List<DataArrow> unread;
    private boolean ended;

    /** An empty fold; events come with {@link #append}. */
    public SessionFold() {
        this(Checkpoints.EVERY);
    }

    /** An empty fold saving socket states every {@code checkpointEvery} events (tests use small figures). */
    SessionFold(int checkpointEvery) {
        this.checkpoints = new Checkpoints(checkpointEvery);
    }

    /**
     * A live fold that keeps the drawing records of its newest {@code horizon} rows (and up to
     * a quarter more: it lets the older ones go in steps of a quarter), plus the socket-state
     * checkpoints of those rows and at most {@value Checkpoints#BOUNDED} before them. Rows before {@link #firstHeld()}
     * are drawn from a {@link #region} fold. It folds {@code events} (a live session's store,
     * read back later, not copied) and is not ended: more come with {@link #append}.
     */
    public static SessionFold bounded(List<? extends Event> events, int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be positive: " + horizon);
        }
        SessionFold f = new SessionFold(Checkpoints.EVERY);
        f.checkpoints = new Checkpoints(Checkpoints.EVERY, Checkpoints.BOUNDED);
        f.horizon = horizon;
        f.base = Objects.requireNonNull(events, "events");
        f.append(events);
        return f;
    }

    /**
     * The fold of the first {@code count} events of {@code events} keeping the drawing records
     * of rows {@code [first, last]} only: for those rows it draws what the fold of the same
     * events draws. It reads every event (run it off the FX thread) and holds only those rows'
     * records, dense socket-state checkpoints over them only, and of the sockets closed before
     * its rows or born after them (once closed) what a live fold keeps of those closed before
     * its held rows ({@link #release}); {@link #append} carries it on as the session grows. {@code ended}: as a fold
     * ended before its first event (a live window's fold made from an empty session), which
     * draws no datagram as unread.
     */
    public static SessionFold region(List<? extends Event> events, int count, int first, int last, boolean ended) {
        SessionFold f = new SessionFold(Checkpoints.EVERY);
        f.ended = ended;
        f.checkpoints = new Checkpoints(Checkpoints.EVERY, Checkpoints.BOUNDED);
        f.base = Objects.requireNonNull(events, "events");
        f.first = Math.max(0, first);
        f.last = Math.max(f.first, last);
        f.rows.dropBefore(f.first);
        f.rows.keepUpTo(f.last);
        for (int from = 0; from < count; from += REGION_BATCH) {
            f.append(events.subList(from, Math.min(count, from + REGION_BATCH)));
        }
        return f;
    }

    private static final int REGION_BATCH = 8192;

    /**
     * A fold of a complete (replayed) session: datagrams nobody read by its end count as lost.
     * The fold reads events back from {@code events} later (it does not copy them): pass a list
     * that stays as it is, or that only grows (a live session's store).
     */
    public static SessionFold of(List<? extends Event> events) {
        SessionFold f = new SessionFold();
        f.base = Objects.requireNonNull(events, "events");
        f.append(events);
        f.end();
        return f;
    }

    /**
     * An empty fold that will read its events back from {@code events}: append them to it in
     * order (in batches, off the FX thread for a big session), then {@link #end} it.
     */
    public static SessionFold reading(List<? extends Event> events) {
        SessionFold f = new SessionFold();
        f.base = Objects.requireNonNull(events, "events");
        return f;
    }

    /**
     * An empty fold of events a list does not hold yet but will, each at its index (a file
     * folded while it is being indexed): append them in order, then {@link #readFrom} that list
     * once it is there. Until then the fold keeps no copies, and cannot read an event back.
     */
    public static SessionFold readingLater() {
        SessionFold f = new SessionFold();
        f.later = true;
        return f;
    }

    /**
     * Reads its events back from {@code events} from now on: the same events (their notes
     * perhaps in another language), nothing folded again. Only a fold that read every event
     * from its list can move; false leaves it as it was.
     */
    public boolean readFrom(List<? extends Event> events) {
        Objects.requireNonNull(events, "events");
        if (!extra.isEmpty() || (!later && events.size() != base.size()) || events.size() != rowOfSeq.count()) {
            return false;
        }
        base = events;
        later = false;
        return true;
    }

    /** Folds more events of a live session, in order. */
    public void append(List<? extends Event> events) {
        Objects.requireNonNull(events, "events");
        int rowsBefore = rows.count();
        for (Event e : events) {
            if (firstSeq < 0) {
                firstSeq = e.seq();
            }
            keep(e);
            if (e.type() != EventType.QUEUES) {
                rows.add(e);
                if (rows.count() - 1 == first && (first > 0 || last < Integer.MAX_VALUE)) { // a region's first row: dense checkpoints from here
                    checkpoints.denseFrom(e.seq() - firstSeq);
                }
                if (last < Integer.MAX_VALUE && rows.count() - 1 == last + 1L) { // the row after a region's: sparse again
                    checkpoints.denseUntil(e.seq() - firstSeq);
                }
            }
            checkpoints.fold(e);
            if (firstT < 0) {
                firstT = e.t();
            }
            lastT = e.t();
            if (e instanceof io.sockscope.model.event.Note n && n.step() > 0) {
                if (steps == stepSeqs.length) {
                    stepSeqs = java.util.Arrays.copyOf(stepSeqs, steps * 2);
                }
                stepSeqs[steps++] = e.seq();
            }
            if (e instanceof io.sockscope.model.event.Note n && n.question()) {
                if (questions == questionSeqs.length) {
                    questionSeqs = java.util.Arrays.copyOf(questionSeqs, questions * 2);
                }
                questionSeqs[questions++] = e.seq();
            }
            long idx = e.seq() - firstSeq;
            while (rowOfSeq.count() < idx) { // a gap in the numbering: drawn at the row before
                rowOfSeq.add(false);
            }
            if (idx >= rowOfSeq.count()) {
                rowOfSeq.add(e.type() != EventType.QUEUES);
            }
            step.fold(e, Math.max(0, rows.count() - 1));
        }
        unread = null;
        boolean moved = horizon > 0 && rows.count() - first > horizon + horizon / 4L;
        if (moved) {
            first = rows.count() - horizon;
            rows.dropBefore(first);
            checkpoints.denseFrom(rows.get(first).seq() - firstSeq);
        }
        if (moved || last < Integer.MAX_VALUE) { // a bounded fold that moved on, or a region fold
            FoldTrim.trim(this, first, last, moved || rowsBefore - 1L <= last); // samples after a region's rows are not kept
            release();
        }
    }

    /**
     * Lets go of what the fold keeps for sockets closed before its first held row and needed
     * only by older rows or by events they will not have: their states in checkpoints to come
     * (kept once, {@link Checkpoints#retire}), their byte counts, the matcher's ends (once the
     * peer is gone too) and the FINs and RSTs for them. What the held rows, the columns and the
     * state at a later event need stays: the lifeline, its heads, kernel states from its close
     * on, its last queue sample, its state. A region fold lets go the same way of the sockets
     * born after its last row once they are closed, keeping of their histories the head its
     * rows show (the first, as before a socket's birth) and the last.
     */
    private void release() {
        while (released < closings.size() && closings.get(released).lastRow() < first) {
            Lifeline l = closings.get(released++);
            histories.get(l.socket()).keepFrom(l.lastRow());
            letGo(l.socket());
        }
        if (last == Integer.MAX_VALUE) {
            return;
        }
        for (laterScanned = Math.max(laterScanned, released); laterScanned < closings.size(); laterScanned++) {
            Lifeline l = closings.get(laterScanned);
            if (l.firstRow() > last) {
                histories.get(l.socket()).keepFirstAndLast();
                letGo(l.socket());
            }
        }
    }

    private void letGo(String socket) {
        checkpoints.retire(socket);
        step.forgetLifeline(socket);
        streams.release(socket, this::gone, step::forgetSocket);
    }

    /**
     * True when every lifeline of the kernel socket first named {@code origin} is closed and
     * outside the rows held: closed before the first, or (a region fold) born after the last.
     */
    private boolean gone(String origin) {
        for (String m : copies.members(origin)) {
            Lifeline l = lifelines.get(m);
            if (l == null || !l.closed() || (l.lastRow() >= first && l.firstRow() <= last)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Per-socket entries the fold keeps besides its lifelines and their histories (tests): the
     * checkpoints' socket states (those retired once), the matcher's ends, their segments and
     * the ends waiting for a peer, the signals' and outside peers' entries, the row table's
     * socket numbers, and the heads, kernel states and queue samples of the histories.
     */
    long[] perSocketHeld() {
        long[] ends = streams.held();
        long history = 0;
        for (SocketHistory h : histories.values()) {
            history += h.held();
        }
        return new long[] {checkpoints.statesHeld(), checkpoints.retiredCount(), ends[0], ends[1], ends[2], step.held(),
                rows.sockets(), history};
    }

    /** The first row whose drawing records the fold holds (0 for a whole fold). */
    public int firstHeld() {
        return first;
    }

    @Override
    public boolean holdsRow(int row) {
        return row >= first && row <= last;
    }

    /** The last row whose drawing records the fold holds ({@link Integer#MAX_VALUE} for a whole or bounded fold). */
    public int lastHeld() {
        return last;
    }

    /** Number of drawing records held: rows, arrows, marks, activations, badges, signals, accepts, queue samples. */
    public long recordsHeld() {
        long n = rows.held() + arrows.size() + settled.size() + lost.size() + creations.size() + marks.size() + activations.size()
                + badges.size() + signals.size();
        for (SocketHistory h : histories.values()) {
            n += h.queues.size();
        }
        return n;
    }


    /** Remembers where to read {@code e} back from: {@link #base} when it holds it, else a copy. */
    private void keep(Event e) {
        if (later) {
            return; // the list named later holds it
        }
        long idx = e.seq() - firstSeq;
        if (idx < base.size() && base.get((int) idx).seq() == e.seq()) {
            return;
        }
        if (extraFrom < 0) {
            extraFrom = idx;
        }
        if (idx != extraFrom + extra.size()) {
            throw new IllegalArgumentException("event " + e.seq() + " out of order: the fold expected " + (firstSeq + extraFrom + extra.size()));
        }
        extra.add(e);
    }

    /** Event {@code seq} read back from where the fold keeps its events; null if unknown. */
    public Event event(long seq) {
        long idx = seq - firstSeq;
        if (firstSeq < 0 || idx < 0) {
            return null;
        }
        if (idx < base.size()) {
            return base.get((int) idx);
        }
        long x = idx - extraFrom;
        return extraFrom < 0 || x >= extra.size() ? null : extra.get((int) x);
    }

    /** Number of numbered step captions folded so far. */
    public int stepCount() {
        return steps;
    }

    /** The seq of step caption {@code i} (0-based, in order). */
    public long stepSeq(int i) {
        java.util.Objects.checkIndex(i, steps);
        return stepSeqs[i];
    }

    /** Number of questions to the class folded so far. */
    public int questionCount() {
        return questions;
    }

    /** The seq of question {@code i} (0-based, in order). */
    public long questionSeq(int i) {
        java.util.Objects.checkIndex(i, questions);
        return questionSeqs[i];
    }

    /** Nanoseconds from the first event folded to the last (0 with fewer than two). */
    public long duration() {
        return firstT < 0 ? 0 : lastT - firstT;
    }

    /** The session is over: datagrams still unread are lost. */
    public void end() {
        if (!ended) {
            ended = true;
            ending = true;
            datagrams.end(Math.max(0, rows.count() - 1));
            ending = false;
            unread = null;
        }
    }

    void addArrow(DataArrow arrow) {
        DataArrow a = withPreviewOnly(arrow);
        addSorted(arrows, a);
        if (a.lost()) {
            addSorted(lost, a);
            if (ending) {
                lostAtEnd.add(a);
            }
        }
        maxArrowSpan = Math.max(maxArrowSpan, a.lost() ? 1 : a.toRow() - a.fromRow());
    }

    /** Bytes a closed socket never read: unread for good (see {@link StreamMatcher#closed}). */
    void settle(DataArrow a) {
        if (a.fromRow() > last) {
            return; // sent after a region's rows: not drawn
        }
        settled.add(withPreviewOnly(a));
    }

    /**
     * The arrow with only the bytes of its payload its preview shows (the send's captured
     * payload may be kilobytes; the event itself still has it all, in the store).
     */
    private static DataArrow withPreviewOnly(DataArrow a) {
        int kept = a.payload().kept();
        if (kept <= a.offset() + DataArrow.PREVIEW + 1 && a.offset() == 0) {
            return a;
        }
        int n = Math.max(0, Math.min(kept - a.offset(), DataArrow.PREVIEW + 1));
        Payload p = n == 0 ? Payload.NONE
                : Payload.of(java.util.Arrays.copyOfRange(a.payload().bytes(), a.offset(), a.offset() + n), n);
        return new DataArrow(a.fromSocket(), a.fromSeq(), a.fromRow(), a.toSocket(), a.toSeq(), a.toRow(),
                a.from(), a.to(), a.datagram(), a.lost(), p, 0);
    }

    /** Adds {@code a} keeping {@code list} sorted by send row (bytes sent earlier on another connection may be read now). */
    private static void addSorted(List<DataArrow> list, DataArrow a) {
        if (!list.isEmpty() && list.get(list.size() - 1).fromRow() > a.fromRow()) {
            list.add(Rows.firstAtOrAfter(list, DataArrow::fromRow, a.fromRow() + 1), a);
        } else {
            list.add(a);
        }
    }

    /**
     * The fold as a fold of the events up to {@code seq} would draw it (the present at event
     * {@code seq}), without folding anything again; see {@link FoldCut}.
     */
    public FoldCut cutAfter(long seq) {
        return new FoldCut(this, seq);
    }

    /** Rows of the fold whose data arrows span most (lost datagrams count one). */
    int maxArrowSpan() {
        return maxArrowSpan;
    }

    void addLifeline(Lifeline l, SocketHistory h) {
        lifelines.put(l.socket(), l);
        births.add(l);
        selectors += l.kind() == LifelineKind.SELECTOR ? 1 : 0;
        histories.put(l.socket(), h);
        columns = null;
    }

    /** Every row of the session by number; only rows {@link #firstHeld()} to {@link #lastHeld()} can be read. */
    public List<Row> rows() {
        return rows.list();
    }

    public int rowCount() {
        return rows.count();
    }

    /** The row an event is drawn at (a queue sample: the row before it); -1 if unknown. */
    public int rowOfSeq(long seq) {
        return firstSeq < 0 ? -1 : rowOfSeq.rowOf(seq - firstSeq);
    }

    public Lifeline lifeline(String socket) {
        return lifelines.get(socket);
    }

    public Collection<Lifeline> lifelines() {
        return Collections.unmodifiableCollection(lifelines.values());
    }

    /** How many of the lifelines are selectors' (counted as they come: a live batch's summary needs it). */
    public int selectorCount() {
        return selectors;
    }

    /** Lifelines left to right: owner groups in order of appearance, accepted children beside their server. */
    public List<Lifeline> columns() {
        if (columns == null) {
            columns = Columns.order(lifelines);
        }
        return columns;
    }

    /** All data arrows, sorted by their send row. */
    public List<DataArrow> arrows() {
        return Collections.unmodifiableList(arrows);
    }

    /**
     * Bytes and datagrams sent to a socket of the session and not read so far, sorted by send row:
     * {@code toSeq} and {@code toRow} are -1. (Worked out once per fold version.)
     */
    public List<DataArrow> unread() {
        if (unread == null) {
            List<DataArrow> out = new ArrayList<>(settled);
            streams.unread(a -> out.add(withPreviewOnly(a)));
            if (!ended) {
                datagrams.unread(a -> out.add(withPreviewOnly(a)));
            }
            out.sort(java.util.Comparator.comparingInt(DataArrow::fromRow));
            unread = Collections.unmodifiableList(out);
        }
        return unread;
    }

    /** Data arrows that may cross rows {@code [from, to]}. */
    public List<DataArrow> arrowsBetween(int from, int to) {
        List<DataArrow> all = arrows();
        return Rows.between(all, DataArrow::fromRow, from - maxArrowSpan, to);
    }

    public List<CreationArrow> creations() {
        return Collections.unmodifiableList(creations);
    }

    /** Connect, FIN and RST arrows, in the order they were completed (sorted by their end row). */
    public List<SignalArrow> signals() {
        return Collections.unmodifiableList(signals);
    }

    public List<Mark> marks() {
        return Collections.unmodifiableList(marks);
    }

    /** All activations, sorted by their first row. */
    public List<Activation> activations() {
        return Collections.unmodifiableList(activations);
    }

    public List<Badge> badges() {
        return Collections.unmodifiableList(badges);
    }

    /** Queue samples of one socket, in row order. */
    public List<QueueSample> queues(String socket) {
        SocketHistory h = histories.get(socket);
        return h == null ? List.of() : Collections.unmodifiableList(h.queues);
    }

    /** The kernel's TCP state of {@code socket} at {@code row} (e.g. {@code TIME_WAIT}), or "". */
    public String kernelStateAt(String socket, int row) {
        SocketHistory h = histories.get(Objects.requireNonNull(socket, "socket"));
        return h == null ? "" : h.kernelStateAt(row);
    }

    /** What the lifeline head shows at {@code row}. */
    public HeadState headAt(String socket, int row) {
        SocketHistory h = histories.get(Objects.requireNonNull(socket, "socket"));
        return h == null ? null : h.headAt(row);
    }

    /** The last queue sample of a socket at or before {@code row}, or null. */
    public QueueSample queueAt(String socket, int row) {
        SocketHistory h = histories.get(Objects.requireNonNull(socket, "socket"));
        return h == null ? null : h.queueAt(row);
    }

    /** The socket's state right after event {@code seq}; null for an unknown socket. */
    public SocketSnapshot snapshotAt(String socket, long seq) {
        Lifeline l = lifelines.get(Objects.requireNonNull(socket, "socket"));
        if (l == null) {
            return null;
        }
        int row = rowOfSeq(seq);
        return Snapshots.at(l, histories.get(socket), statesAfter(seq).get(socket), row < 0 ? rows.count() - 1 : row);
    }

    /** Every socket's running state right after event {@code seq}: a checkpoint and a short fold. */
    SocketStates statesAfter(long seq) {
        long count = firstSeq < 0 ? 0 : Math.max(0, seq - firstSeq + 1);
        return checkpoints.after(count, i -> event(firstSeq + i));
    }

    /** Number of socket-state checkpoints held. */
    public int checkpointCount() {
        return checkpoints.count();
    }

    /** The connected peer socket of a stream socket (the first lifeline of the peer's kernel socket), or null. */
    public String peerOf(String socket) {
        return streams.peerOf(socket);
    }

    /** True once {@link #end()} was called. */
    public boolean ended() {
        return ended;
    }
}
