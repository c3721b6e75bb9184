package io.sockscope.app.transport;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The session as a strip under the diagram: a tick per caption step, marks for errors, accepts,
 * selects and drops, the part before the position shaded, and the position itself. A click or a
 * drag seeks there. Draws once per change, each pixel column once (a million events cost no
 * more than a hundred).
 */
public final class TimelineView extends Region {
    public static final double HEIGHT = 26;

    private final Canvas canvas = new Canvas();
    private final Transport transport;
    private Timing timing;
    private Supplier<TimelineMarks> marks;
    private TimelineMarks cached;
    private boolean dark;

    public TimelineView(Transport transport, Timing timing, Supplier<TimelineMarks> marks) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.timing = Objects.requireNonNull(timing, "timing");
        this.marks = Objects.requireNonNull(marks, "marks");
        setId("timeline");
        getStyleClass().add("timeline");
        getChildren().add(canvas);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        transport.positionProperty().addListener((o, a, b) -> draw());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::seek);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::seek);
    }

    /** The session changed (or grew): marks are gathered again at the next draw. */
    public void setTiming(Timing next, Supplier<TimelineMarks> nextMarks) {
        timing = Objects.requireNonNull(next, "next");
        marks = Objects.requireNonNull(nextMarks, "nextMarks");
        cached = null;
        draw();
    }

    public void setDark(boolean dark) {
        this.dark = dark;
        draw();
    }

    /** The event a click at {@code x} seeks to. */
    public long seqAt(double x) {
        long n = timing.size();
        if (n == 0 || canvas.getWidth() <= 0) {
            return -1;
        }
        return Math.max(0, Math.min(n - 1, (long) (x / canvas.getWidth() * n)));
    }

    /** Horizontal centre of event {@code seq}'s slot. */
    public double xOf(long seq) {
        long n = Math.max(1, timing.size());
        return (seq + 0.5) / n * canvas.getWidth();
    }

    private void seek(MouseEvent e) {
        long seq = seqAt(e.getX());
        if (seq >= 0) {
            transport.seek(seq);
        }
        e.consume();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w <= 0 || h <= 0) {
            return;
        }
        g.setFill(dark ? Color.web("#161b22") : Color.web("#f6f8fa"));
        g.fillRect(0, 0, w, h);
        long n = timing.size();
        if (n == 0) {
            return;
        }
        long k = transport.position();
        if (k >= 0) {
            g.setFill(dark ? Color.web("#1f6feb", 0.22) : Color.web("#0969da", 0.12));
            g.fillRect(0, 0, xOf(k), h);
        }
        Color muted = dark ? Color.web("#8d96a0") : Color.web("#656d76");
        g.setStroke(muted);
        g.setLineWidth(1);
        double last = -2;
        for (int i = 0; i < timing.steps(); i++) {
            double x = Math.floor(xOf(timing.stepSeq(i))) + 0.5;
            if (x - last >= 2) {
                g.strokeLine(x, 0, x, h);
                last = x;
            }
        }
        if (cached == null) {
            cached = marks.get();
        }
        lane(g, TimelineMarks.Kind.ACCEPT, dark ? "#3fb950" : "#1a7f37", 3);
        lane(g, TimelineMarks.Kind.SELECT, dark ? "#d2a8ff" : "#8250df", 9);
        lane(g, TimelineMarks.Kind.DROP, dark ? "#d29922" : "#9a6700", 15);
        lane(g, TimelineMarks.Kind.ERROR, dark ? "#f85149" : "#cf222e", 21);
        if (k >= 0) {
            double x = Math.floor(xOf(k)) + 0.5;
            g.setStroke(dark ? Color.web("#2f81f7") : Color.web("#0969da"));
            g.setLineWidth(2);
            g.strokeLine(x, 0, x, h);
        }
    }

    private void lane(GraphicsContext g, TimelineMarks.Kind kind, String colour, double y) {
        g.setFill(Color.web(colour));
        double last = -3;
        for (int i = 0; i < cached.count(kind); i++) {
            double x = Math.floor(xOf(cached.seq(kind, i)));
            if (x - last >= 3) {
                g.fillRect(x - 1, y, 3, 4);
                last = x;
            }
        }
    }
}
