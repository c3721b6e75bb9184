package io.sockscope.app.diagram.layout.text;

import io.sockscope.app.diagram.layout.Words;
import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.DataArrow;
import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.FoldView;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.SendTo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every text of the diagram's body in a range of rows, each with its box, placed so that no two
 * boxes intersect and none covers a mark. Marks (event dots, lifeline birth tags) are taken
 * first, then step captions (wrapped whole to the view's width, never shortened), call captions
 * beside their dots, data arrow labels along their arrows and unread labels. A label with no room
 * moves out on a leader line; when there is none either, the calls of its socket that found no
 * room merge into one group label ({@link Burst}) at the run's first row.
 */
public final class TextPlan {
    /** Height of a step caption's box for one line. */
    public static final double CAPTION_LINE = 22;
    /** Room on the left of a step caption's text for its step disc. */
    public static final double DISC = 28;
    private static final double MARK = 10;
    private static final double LABEL_H = 16;
    /** Where along an arrow its label is tried, as fractions of the way, in turn. */
    private static final double[] ALONG = {0.5, 0.3, 0.7};

    /** What a text is. */
    public enum Kind { STEP_CAPTION, NOTE, CALL, ARROW, UNREAD, BURST }

    /**
     * One placed text: its kind, its lines, its box, the point it labels and whether a leader
     * line joins them; {@code seq} is its event's (a burst's: the first call's).
     */
    public record Text(Kind kind, List<String> lines, TextBox box, double anchorX, double anchorY, boolean leader, long seq) {
    }

    /**
     * Where the plan is made: the fold, its axes, the view's width in content pixels, how text
     * measures and reads, and the content x of the view's left edge (step captions stay at the
     * view's left while it scrolls sideways).
     */
    public record Frame(FoldView fold, RowAxis axis, ColumnLayout cols, double viewWidth, TextMeasure measure, Words words,
            double viewLeft) {
        public Frame(FoldView fold, RowAxis axis, ColumnLayout cols, double viewWidth, TextMeasure measure, Words words) {
            this(fold, axis, cols, viewWidth, measure, words, 0);
        }
    }

    private final ArrayList<Text> texts = new ArrayList<>();
    private final ArrayList<TextBox> marks = new ArrayList<>();
    private final List<Burst> bursts = new ArrayList<>();
    private final Set<Long> unplaced = new HashSet<>();
    /** How many of the texts are step captions and notes (they come first, the same in every round). */
    private int captions;

    private TextPlan() {
    }

    /**
     * The texts of rows {@code firstRow..lastRow}. Runs of calls whose labels find no room are
     * merged and the plan made again with their group labels placed first, a few times at most.
     */
    public static TextPlan of(Frame f, int firstRow, int lastRow) {
        return of(f, firstRow, lastRow, true);
    }

    /** {@link #of(Frame, int, int)}; {@code reuse} false places every label again in every round (for tests). */
    static TextPlan of(Frame f, int firstRow, int lastRow, boolean reuse) {
        int first = Math.max(0, firstRow);
        int last = Math.min(lastRow, f.fold().rowCount() - 1);
        List<Burst> merged = new ArrayList<>();
        LabelTexts labels = new LabelTexts(f, first, last);
        double right = Math.max(f.cols().width(), f.viewLeft() + f.viewWidth());
        Rounds rounds = new Rounds(labels.keys(), Math.min(0, f.viewLeft()), f.axis().y(first) - RowAxis.STEP, right,
                f.axis().y(last) + RowAxis.STEP, reuse); // its grid covers the rows and columns the frame holds
        DotArrows dots = new DotArrows(f, labels.arrows(), first, last);
        TextPlan p = new TextPlan();
        TextPlan firstRound = null;
        for (int round = 0; round < 4; round++) {
            p = new TextPlan();
            rounds.begin(round);
            List<Burst> crowded = p.make(f, first, last, merged, labels, rounds, firstRound, dots);
            firstRound = round == 0 ? p : firstRound;
            if (crowded.isEmpty()) {
                break;
            }
            merged.addAll(crowded);
        }
        return p;
    }

    public List<Text> texts() {
        return texts;
    }

    /** The marks' boxes (dots, birth tags) that no text may cover. */
    public List<TextBox> marks() {
        return marks;
    }

    /** The runs of calls drawn as one group label. */
    public List<Burst> bursts() {
        return bursts;
    }

    /** Seqs of the calls and arrows whose labels found no room and are not in a placed burst either. */
    public Set<Long> unplaced() {
        return unplaced;
    }

    /** The lines a step caption (or note) takes at a view width: every word kept, as many lines as needed. */
    public static List<String> captionLines(Note n, double viewWidth, TextMeasure m) {
        return LineWrap.wrap(n.text(), captionRoom(n, viewWidth), m, n.step() > 0 ? TextStyle.BOLD : TextStyle.NORMAL);
    }

    /** How much taller than one row a note's caption is at a view width (0 for one line). */
    public static double extraHeight(Note n, double viewWidth, TextMeasure m) {
        int lines = captionLines(n, viewWidth, m).size();
        return (lines - 1) * m.lineHeight(n.step() > 0 ? TextStyle.BOLD : TextStyle.NORMAL);
    }

    /**
     * A row axis in {@code mode} whose caption rows are as tall as their captions wrapped to
     * {@code viewWidth} (content pixels), so the next row's texts start below them.
     */
    public static RowAxis axis(io.sockscope.app.diagram.layout.LayoutMode mode, double viewWidth, TextMeasure m) {
        return axis(mode, viewWidth, m, r -> 0);
    }

    /** {@link #axis(io.sockscope.app.diagram.layout.LayoutMode, double, TextMeasure)} with {@code more} height on rows the reader opened. */
    public static RowAxis axis(io.sockscope.app.diagram.layout.LayoutMode mode, double viewWidth, TextMeasure m,
            java.util.function.ToDoubleFunction<io.sockscope.app.diagram.layout.Row> more) {
        // only a caption's row reads its event back (a big session's store is on disk)
        return new RowAxis(mode, r -> (r.type() == io.sockscope.model.event.EventType.NOTE && r.event() instanceof Note n
                ? extraHeight(n, viewWidth, m) : 0) + more.applyAsDouble(r));
    }

    private static double captionRoom(Note n, double viewWidth) {
        return Math.max(80, viewWidth - ColumnLayout.GUTTER - 16 - (n.step() > 0 ? DISC : 8) - 8);
    }

    /**
     * Plans the frame with {@code merged} runs drawn as group labels, placed by {@code placer};
     * returns the runs that found no room this time. A later round takes the marks and captions
     * of {@code firstRound} (null in the first), which are the same in every round.
     */
    private List<Burst> make(Frame f, int first, int last, List<Burst> merged, LabelTexts labels, Rounds placer,
            TextPlan firstRound, DotArrows dots) {
        FoldView fold = f.fold();
        texts.ensureCapacity(2 * (last - first + 1)); // about two texts a row in a busy session
        if (firstRound == null) {
            fixed(f, first, last, labels, placer);
        } else {
            marks.addAll(firstRound.marks);
            texts.addAll(firstRound.texts.subList(0, firstRound.captions));
        }
        captions = texts.size();
        placer.fixedDone();
        long[] inBurst = new long[0]; // the merged calls' seqs, sorted: looked up per row, no boxing
        for (Burst b : merged) {
            long[] seqs = seqs(labels, b);
            int had = inBurst.length;
            inBurst = java.util.Arrays.copyOf(inBurst, had + seqs.length);
            System.arraycopy(seqs, 0, inBurst, had, seqs.length);
            placeBurst(f, labels, placer, b, seqs);
        }
        java.util.Arrays.sort(inBurst);
        Map<String, List<Integer>> missed = new LinkedHashMap<>();
        double[] spots = new double[8];
        double[] struck = new double[8];
        for (int r = first; r <= last; r++) {
            Event e = labels.event(r);
            if (e.type() == EventType.NOTE || e.type() == EventType.OPEN || e.socket() == null) {
                continue;
            }
            int key = r - first;
            if (in(inBurst, e.seq())) {
                placer.skip(key);
                continue;
            }
            double x = labels.x(r);
            if (Double.isNaN(x)) {
                continue;
            }
            String text = labels.call(key, e);
            if (placer.same(key)) {
                if (!label(placer.before(key), Kind.CALL, text, e.seq())) {
                    missed.computeIfAbsent(e.socket(), k -> new ArrayList<>()).add(r);
                }
                continue;
            }
            double w = labels.callWidth(key) + 6;
            double y = labels.y(r);
            spots[0] = x + 12 + w / 2;
            spots[1] = y - 8;
            spots[2] = x - 12 - w / 2;
            spots[3] = y - 8;
            spots[4] = x + 12 + w / 2;
            spots[5] = y + 8;
            spots[6] = x - 12 - w / 2;
            spots[7] = y + 8;
            clearOfArrows(dots, r, spots, struck, w);
            if (!label(placer.label(key, w, LABEL_H, spots, 8, x, y, 0), Kind.CALL, text, e.seq())) {
                missed.computeIfAbsent(e.socket(), k -> new ArrayList<>()).add(r);
            }
        }
        List<DataArrow> arrows = labels.arrows();
        for (int i = 0; i < arrows.size(); i++) {
            DataArrow a = arrows.get(i);
            int end = a.lost() ? a.fromRow() : a.toRow(); // a lost datagram's arrow stops short, on its own row
            if (a.fromRow() < first || end > last) {
                continue; // an arrow that leaves the rows is labelled in the frame that holds it whole
            }
            if (in(inBurst, a.fromSeq())) {
                placer.skip(labels.arrowKey(i));
                continue;
            }
            arrow(f, placer, labels.arrowKey(i), a, labels.arrow(i), labels.arrowWidth(i), Kind.ARROW, missed, spots);
        }
        List<DataArrow> unread = fold.unread();
        for (int i = 0; i < unread.size(); i++) {
            DataArrow a = unread.get(i);
            if (a.fromRow() < first || a.fromRow() > last) {
                continue;
            }
            if (in(inBurst, a.fromSeq())) {
                placer.skip(labels.unreadKey(i));
            } else {
                arrow(f, placer, labels.unreadKey(i), a, labels.unread(i), labels.unreadWidth(i), Kind.UNREAD, missed, spots);
            }
        }
        return runs(labels, first, last, missed);
    }

    /**
     * Moves the spots beside a dot whose box an arrow across the row runs through behind the
     * others, keeping their order: a FIN reaching "recv → EOF" from above on the right would
     * strike the label through at the first spot (above right).
     */
    private static void clearOfArrows(DotArrows dots, int row, double[] spots, double[] struck, double w) {
        int clear = 0;
        int hit = 0;
        for (int i = 0; i + 1 < spots.length; i += 2) {
            if (dots.crosses(row, spots[i], spots[i + 1], w, LABEL_H)) {
                struck[hit++] = spots[i];
                struck[hit++] = spots[i + 1];
            } else {
                spots[clear++] = spots[i];
                spots[clear++] = spots[i + 1];
            }
        }
        System.arraycopy(struck, 0, spots, clear, hit);
    }

    /** True when sorted {@code seqs} hold {@code seq}. */
    private static boolean in(long[] seqs, long seq) {
        return seqs.length > 0 && java.util.Arrays.binarySearch(seqs, seq) >= 0;
    }

    /** The seqs of a run's calls: its socket's events of its type from its first row to its last. */
    private static long[] seqs(LabelTexts labels, Burst b) {
        long[] out = new long[b.lastRow() - b.firstRow() + 1];
        int n = 0;
        for (int r = b.firstRow(); r <= b.lastRow(); r++) {
            Event e = labels.event(r);
            if (b.socket().equals(e.socket()) && e.type() == b.type()) {
                out[n++] = e.seq();
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The marks (every event's dot on its lifeline, each lifeline's birth tag) and the captions. */
    private void fixed(Frame f, int first, int last, LabelTexts labels, Rounds placer) {
        marks.ensureCapacity(last - first + 1);
        for (int r = first; r <= last; r++) {
            double x = labels.x(r);
            if (!Double.isNaN(x) && labels.event(r).type() != EventType.NOTE) {
                mark(placer, TextBox.centred(x, labels.y(r), MARK, MARK));
            }
        }
        for (Lifeline l : f.cols().columns()) {
            if (l.firstRow() >= first && l.firstRow() <= last) {
                String tag = l.socket() + (l.fd() >= 0 ? " fd " + l.fd() : "");
                mark(placer, TextBox.centred(f.cols().x(l.socket()), f.axis().y(l.firstRow()),
                        f.measure().width(tag, TextStyle.BOLD) + 14, 20));
            }
        }
        for (int r = first; r <= last; r++) {
            if (labels.event(r) instanceof Note n) {
                caption(f, placer, n, labels.y(r));
            }
        }
    }

    private void mark(Rounds placer, TextBox b) {
        marks.add(b);
        placer.fixed(b);
    }

    private void caption(Frame f, Rounds placer, Note n, double y) {
        TextMeasure m = f.measure();
        TextStyle style = n.step() > 0 ? TextStyle.BOLD : TextStyle.NORMAL;
        List<String> lines = captionLines(n, f.viewWidth(), m);
        double widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, m.width(line, style));
        }
        double left = f.viewLeft() + ColumnLayout.GUTTER;
        double w = widest + (n.step() > 0 ? DISC : 8) + 8;
        double h = CAPTION_LINE + (lines.size() - 1) * m.lineHeight(style);
        TextBox box = new TextBox(left, y - CAPTION_LINE / 2, w, h);
        placer.fixed(box);
        texts.add(new Text(n.step() > 0 ? Kind.STEP_CAPTION : Kind.NOTE, lines, box, left, y, false, n.seq()));
    }

    private void arrow(Frame f, Rounds placer, int key, DataArrow a, String text, double textWidth, Kind kind,
            Map<String, List<Integer>> missed, double[] spots) {
        if (placer.same(key)) {
            if (!label(placer.before(key), kind, text, a.fromSeq())) {
                missed.computeIfAbsent(a.fromSocket(), k -> new ArrayList<>()).add(a.fromRow());
            }
            return;
        }
        double x0 = f.cols().x(a.fromSocket());
        double x1 = f.cols().x(a.toSocket());
        if (Double.isNaN(x0) || Double.isNaN(x1)) {
            return;
        }
        double y0 = f.axis().y(a.fromRow());
        double y1 = f.axis().y(a.toRow());
        if (a.lost()) { // drawn part of the way across, half a row down, to its cross
            x1 = x0 + (x1 - x0) * DataArrow.LOST_REACH;
            y1 = y0 + RowAxis.STEP * 0.5;
        } else if (kind == Kind.UNREAD || y1 - y0 > RowAxis.ELBOW) { // the label goes on the elbow's first leg, across into the queue
            y1 = y0 + RowAxis.STEP * 0.8;
        }
        double w = textWidth + 12;
        for (int i = 0; i < ALONG.length; i++) {
            spots[2 * i] = x0 + (x1 - x0) * ALONG[i];
            spots[2 * i + 1] = y0 + (y1 - y0) * ALONG[i] - 9;
        }
        Placer.Placement p = placer.label(key, w, LABEL_H, spots, 2 * ALONG.length, spots[0], spots[1] + 9, 3 * RowAxis.STEP);
        if (!label(p, kind, text, a.fromSeq())) {
            missed.computeIfAbsent(a.fromSocket(), k -> new ArrayList<>()).add(a.fromRow());
        }
    }

    /** Adds the text of a label placed at {@code p}; false (and the label counted unplaced) when p is null. */
    private boolean label(Placer.Placement p, Kind kind, String text, long seq) {
        if (p == null) {
            unplaced.add(seq);
            return false;
        }
        texts.add(new Text(kind, List.of(text), p.box(), p.anchorX(), p.anchorY(), p.leader(), seq));
        return true;
    }

    /**
     * The runs to merge: around each call whose label found no room, the unbroken run of that
     * socket's calls of the same kind (other sockets' rows may lie between), within the frame.
     */
    private static List<Burst> runs(LabelTexts labels, int first, int last, Map<String, List<Integer>> missed) {
        List<Burst> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> m : missed.entrySet()) {
            String socket = m.getKey();
            int coveredTo = -1;
            for (int r : m.getValue().stream().distinct().sorted().toList()) {
                if (r <= coveredTo) {
                    continue;
                }
                EventType type = labels.event(r).type();
                int a = r;
                for (int i = r - 1; i >= first; i--) {
                    Event e = labels.event(i);
                    if (socket.equals(e.socket())) {
                        if (e.type() != type) {
                            break;
                        }
                        a = i;
                    }
                }
                Burst b = null;
                for (int i = a; i <= last; i++) {
                    Event e = labels.event(i);
                    if (socket.equals(e.socket())) {
                        if (e.type() != type) {
                            break;
                        }
                        b = b == null ? new Burst(socket, type, i, i, 1, moved(e)) : b.plus(i, moved(e));
                    }
                }
                out.add(b);
                coveredTo = b.lastRow();
            }
        }
        return out;
    }

    private void placeBurst(Frame f, LabelTexts labels, Rounds placer, Burst b, long[] seqs) {
        if (b == null) {
            return;
        }
        String text = b.label(f.words());
        double x = f.cols().x(b.socket());
        double y = f.axis().y(b.firstRow());
        double w = f.measure().width(text, TextStyle.BOLD) + 12;
        double[] spots = new double[4 * Math.min(40, b.lastRow() - b.firstRow() + 1)];
        int n = 0;
        for (int r = b.firstRow(); r <= b.lastRow() && n < spots.length; r++) { // beside any row of the run
            if (b.socket().equals(labels.event(r).socket())) {
                double ry = f.axis().y(r);
                spots[n++] = x + 14 + w / 2;
                spots[n++] = ry;
                spots[n++] = x - 14 - w / 2;
                spots[n++] = ry;
            }
        }
        Placer.Placement p = placer.group(w, LABEL_H + 2, java.util.Arrays.copyOf(spots, n), x, y, 10 * RowAxis.STEP);
        if (p != null) {
            bursts.add(b);
            texts.add(new Text(Kind.BURST, List.of(text), p.box(), x, y, p.leader(), seqs[0]));
        } else {
            for (long seq : seqs) {
                unplaced.add(seq);
            }
        }
    }

    private static long moved(Event e) {
        if (e instanceof Send s) {
            return s.done();
        } else if (e instanceof Recv r) {
            return Math.max(0, r.done());
        } else if (e instanceof SendTo s) {
            return s.done();
        } else if (e instanceof RecvFrom r) {
            return r.done();
        }
        return 0;
    }
}
