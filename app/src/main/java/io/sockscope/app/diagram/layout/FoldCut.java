package io.sockscope.app.diagram.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A whole session's fold cut right after event {@code seq}: it answers as a fold of events
 * 0..seq would (rows up to the cut, lifelines born by then and still open if they closed later,
 * arrows read by then, bytes read later as unread, blocked calls woken later as still blocked),
 * so the painters draw the present at that event without folding anything again. Making one
 * costs a pass over the lifelines; the rest is worked out for the rows asked for.
 */
public final class FoldCut implements FoldView {
    private final SessionFold fold;
    private final long seq;
    private final int cut;
    private final Map<String, Lifeline> lifelines = new LinkedHashMap<>();
    private List<Lifeline> columns;
    private List<DataArrow> unread;
    private List<Activation> activations;

    FoldCut(SessionFold fold, long seq) {
        this.fold = Objects.requireNonNull(fold, "fold");
        this.seq = seq;
        int row = fold.rowOfSeq(seq);
        this.cut = row < 0 && seq >= 0 && fold.rowCount() > 0 && seq > fold.rows().get(fold.rowCount() - 1).seq()
                ? fold.rowCount() - 1 : row;
        for (Lifeline l : fold.lifelines()) {
            if (l.firstRow() <= cut) {
                lifelines.put(l.socket(), l.closed() && l.lastRow() > cut ? l.reopened() : l);
            }
        }
    }

    /** The event the fold is cut after. */
    public long seq() {
        return seq;
    }

    /** The last row shown (-1 when none is). */
    public int lastRow() {
        return cut;
    }

    /** The whole fold this is cut from. */
    public SessionFold whole() {
        return fold;
    }

    @Override
    public List<Row> rows() {
        return fold.rows().subList(0, cut + 1);
    }

    @Override
    public int rowCount() {
        return cut + 1;
    }

    @Override
    public int rowOfSeq(long s) {
        return s > seq ? -1 : fold.rowOfSeq(s);
    }

    @Override
    public Lifeline lifeline(String socket) {
        return lifelines.get(socket);
    }

    @Override
    public Collection<Lifeline> lifelines() {
        return Collections.unmodifiableCollection(lifelines.values());
    }

    @Override
    public List<Lifeline> columns() {
        if (columns == null) {
            columns = Columns.order(lifelines);
        }
        return columns;
    }

    @Override
    public List<DataArrow> arrowsBetween(int from, int to) {
        List<DataArrow> out = new ArrayList<>();
        for (DataArrow a : fold.arrowsBetween(from, Math.min(to, cut))) {
            if (readBy(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /** True if the bytes had arrived (or were known lost) by the cut. */
    private boolean readBy(DataArrow a) {
        return a.fromRow() <= cut && a.toRow() <= cut && !fold.lostAtEnd.contains(a);
    }

    /**
     * What a fold up to the cut holds as unread: every send before the cut with bytes read only
     * after it (or never), one arrow per send from its first byte still waiting; datagrams read
     * or found lost after the cut are still on their way.
     */
    @Override
    public List<DataArrow> unread() {
        if (unread == null) {
            Map<Long, DataArrow> bySend = new LinkedHashMap<>();
            for (DataArrow a : fold.unread()) {
                if (a.fromRow() <= cut) {
                    waiting(bySend, a);
                }
            }
            for (DataArrow a : fold.arrowsBetween(cut, cut)) {
                if (a.fromRow() <= cut && !a.lost() && a.toRow() > cut && a.fromSeq() != a.toSeq()) {
                    waiting(bySend, a);
                }
            }
            for (DataArrow a : fold.lost) {
                if (a.fromRow() > cut) {
                    break;
                }
                if (a.toRow() > cut || fold.lostAtEnd.contains(a)) {
                    waiting(bySend, a);
                }
            }
            List<DataArrow> out = new ArrayList<>(bySend.values());
            out.sort(Comparator.comparingInt(DataArrow::fromRow));
            unread = Collections.unmodifiableList(out);
        }
        return unread;
    }

    /** Adds the bytes of {@code a} to what its send still has waiting at the cut. */
    private void waiting(Map<Long, DataArrow> bySend, DataArrow a) {
        if (a.toSocket() == null || !lifelines.containsKey(a.toSocket())) {
            return; // the receiver was not known yet
        }
        DataArrow w = new DataArrow(a.fromSocket(), a.fromSeq(), a.fromRow(), a.toSocket(), -1, -1,
                a.from(), a.to(), a.datagram(), false, a.payload(), a.offset());
        bySend.merge(a.fromSeq(), w, (x, y) -> {
            DataArrow first = x.from() <= y.from() ? x : y;
            return new DataArrow(first.fromSocket(), first.fromSeq(), first.fromRow(), first.toSocket(), -1, -1,
                    first.from(), Math.max(x.to(), y.to()), first.datagram(), false, first.payload(), first.offset());
        });
    }

    @Override
    public List<CreationArrow> creations() {
        List<CreationArrow> all = fold.creations();
        return all.subList(0, Rows.firstAtOrAfter(all, CreationArrow::row, cut + 1));
    }

    @Override
    public List<SignalArrow> signals() {
        List<SignalArrow> all = fold.signals();
        return all.subList(0, Rows.firstAtOrAfter(all, SignalArrow::toRow, cut + 1));
    }

    @Override
    public List<Mark> marks() {
        List<Mark> all = fold.marks();
        return all.subList(0, Rows.firstAtOrAfter(all, Mark::row, cut + 1));
    }

    /** Activations begun by the cut; a call that returned after it is still blocked. */
    @Override
    public List<Activation> activations() {
        if (activations == null) {
            List<Activation> all = fold.activations();
            List<Activation> out = new ArrayList<>(all.subList(0, Rows.firstAtOrAfter(all, Activation::fromRow, cut + 1)));
            for (int i = 0; i < out.size(); i++) {
                Activation a = out.get(i);
                if (a.toRow() > cut) {
                    out.set(i, new Activation(a.socket(), a.call(), a.thread(), a.fromRow(), -1, a.fromSeq(), -1, a.select()));
                }
            }
            activations = Collections.unmodifiableList(out);
        }
        return activations;
    }

    @Override
    public List<Badge> badges() {
        List<Badge> all = fold.badges();
        return all.subList(0, Rows.firstAtOrAfter(all, Badge::row, cut + 1));
    }

    /** The socket's samples up to the cut: a sample taken after the cut's event but on its row is left out too. */
    @Override
    public List<QueueSample> queues(String socket) {
        List<QueueSample> all = fold.queues(socket);
        int n = Rows.firstAtOrAfter(all, QueueSample::row, cut + 1);
        while (n > 0 && all.get(n - 1).seq() > seq) {
            n--;
        }
        return all.subList(0, n);
    }

    @Override
    public String kernelStateAt(String socket, int row) {
        return lifelines.containsKey(socket) ? fold.kernelStateAt(socket, Math.min(row, cut)) : "";
    }

    @Override
    public HeadState headAt(String socket, int row) {
        SocketHistory h = fold.histories.get(Objects.requireNonNull(socket, "socket"));
        return h == null || !lifelines.containsKey(socket) ? null : h.headAt(Math.min(row, cut), cut);
    }

    @Override
    public QueueSample queueAt(String socket, int row) {
        List<QueueSample> qs = queues(socket);
        int i = Rows.lastAtOrBefore(qs, QueueSample::row, Math.min(row, cut));
        return i < 0 ? null : qs.get(i);
    }
}
