package io.sockscope.app.diagram.layout.text;

import io.sockscope.app.diagram.layout.DataArrow;
import io.sockscope.app.diagram.layout.EventText;
import io.sockscope.app.diagram.layout.FoldView;
import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.QueueSample;
import io.sockscope.app.diagram.layout.Words;
import io.sockscope.model.event.Event;
import java.util.List;

/**
 * The label texts of a plan's rows and their widths, each written and measured once on first
 * use and kept for the plan's later rounds (a plan is made again when crowded calls merge, and a
 * whole exported session has thousands of labels).
 */
final class LabelTexts {
    private final TextPlan.Frame f;
    private final int first;
    private final int rows;
    /** The events of the plan's rows, looked up once (each row's event is a lookup through the fold). */
    private final Event[] events;
    /** Per row: its event's lifeline's x (NaN: none) and its y, in content pixels. */
    private final double[] xs;
    private final double[] ys;
    private final String[] calls;
    private final double[] callWidths;
    private final List<DataArrow> arrows;
    private final String[] arrowTexts;
    private final double[] arrowWidths;
    private final String[] unreadTexts;
    private final double[] unreadWidths;

    LabelTexts(TextPlan.Frame f, int first, int last) {
        this.f = f;
        int rows = Math.max(0, last - first + 1);
        this.rows = rows;
        this.first = first;
        this.events = new Event[rows];
        this.xs = new double[rows];
        this.ys = new double[rows];
        for (int r = first; r <= last; r++) {
            Event e = f.fold().rows().get(r).event();
            events[r - first] = e;
            xs[r - first] = f.cols().x(e.socket());
            ys[r - first] = f.axis().y(r);
        }
        this.calls = new String[rows];
        this.callWidths = new double[rows];
        this.arrows = f.fold().arrowsBetween(first, last);
        this.arrowTexts = new String[arrows.size()];
        this.arrowWidths = new double[arrows.size()];
        int unread = f.fold().unread().size();
        this.unreadTexts = new String[unread];
        this.unreadWidths = new double[unread];
    }

    /**
     * How many labels the plan may place: a key per row (its call), per arrow and per unread
     * arrow; rows come first, then {@link #arrowKey}, then {@link #unreadKey}.
     */
    int keys() {
        return rows + arrowTexts.length + unreadTexts.length;
    }

    /** The key of the {@code i}th of {@link #arrows}'s label. */
    int arrowKey(int i) {
        return rows + i;
    }

    /** The key of the {@code i}th unread arrow's label. */
    int unreadKey(int i) {
        return rows + arrowTexts.length + i;
    }

    /** The event of row {@code r}. */
    Event event(int r) {
        return events[r - first];
    }

    /** The x of row {@code r}'s lifeline (NaN when its event has none). */
    double x(int r) {
        return xs[r - first];
    }

    /** The y of row {@code r}. */
    double y(int r) {
        return ys[r - first];
    }

    /** The caption of event {@code e}, the {@code i}th row of the plan's. */
    String call(int i, Event e) {
        if (calls[i] == null) {
            calls[i] = EventText.of(e, f.words());
            callWidths[i] = f.measure().width(calls[i], TextStyle.SMALL);
        }
        return calls[i];
    }

    /** The width of {@link #call} (after it). */
    double callWidth(int i) {
        return callWidths[i];
    }

    /** The data arrows that may have labels in the plan's rows. */
    List<DataArrow> arrows() {
        return arrows;
    }

    /** The label of the {@code i}th of {@link #arrows}. */
    String arrow(int i) {
        if (arrowTexts[i] == null) {
            DataArrow a = arrows.get(i);
            arrowTexts[i] = ArrowText.of(a, f.words()) + kernelDrops(f.fold(), a, f.words());
            arrowWidths[i] = f.measure().width(arrowTexts[i], TextStyle.SMALL);
        }
        return arrowTexts[i];
    }

    /** The width of {@link #arrow} (after it). */
    double arrowWidth(int i) {
        return arrowWidths[i];
    }

    /** The label of the {@code i}th unread arrow of the fold. */
    String unread(int i) {
        if (unreadTexts[i] == null) {
            DataArrow a = f.fold().unread().get(i);
            Lifeline to = a.toSocket() == null ? null : f.fold().lifeline(a.toSocket());
            unreadTexts[i] = ArrowText.unread(a, f.words(), to != null && to.outside());
            unreadWidths[i] = f.measure().width(unreadTexts[i], TextStyle.SMALL);
        }
        return unreadTexts[i];
    }

    /** The width of {@link #unread} (after it). */
    double unreadWidth(int i) {
        return unreadWidths[i];
    }

    /**
     * For a lost datagram, the receiver's drop counter as the kernel reported it right after the
     * send (" · kernel drops: 5"); "" when the arrow is not a loss or no counter was read.
     */
    private static String kernelDrops(FoldView fold, DataArrow a, Words w) {
        if (!a.lost() || a.toSocket() == null) {
            return "";
        }
        QueueSample q = fold.queueAt(a.toSocket(), a.fromRow());
        return q == null || q.drops() <= 0 ? "" : " · " + w.get("canvas.kernelDrops", "kernel drops: {0}", q.drops());
    }
}
