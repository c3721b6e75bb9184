package io.sockscope.app.export;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.app.diagram.layout.Row;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.text.TextMeasure;
import io.sockscope.app.diagram.layout.text.TextPlan;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.diagram.paint.DiagramPainter;
import io.sockscope.app.diagram.paint.Palette;
import io.sockscope.app.diagram.paint.Viewport;
import io.sockscope.app.diagram.surface.FontSpec;
import io.sockscope.app.diagram.surface.Surface;
import io.sockscope.app.diagram.surface.TextAlign;
import io.sockscope.app.diagram.surface.TextBaseline;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The replay as frames: the session revealed step by step (or event by event), each frame the
 * diagram as the window shows it following the newest row, under a caption bar with the current
 * step's caption burned in. Frames are painted one at a time onto any surface.
 */
final class ReplayFrames {
    /** One frame: events {@code [0, end)} shown, the caption of that moment, how long it stays. */
    record Frame(int end, int step, String caption, double seconds) {
    }

    private final List<Event> events;
    private final List<Frame> frames;
    private final ExportStyle style;
    private final int width;
    private final int height;
    private final DiagramPainter painter = new DiagramPainter();
    private final SessionFold fold = new SessionFold();
    private final RowAxis axis;
    private ColumnLayout cols = new ColumnLayout(List.of());
    private int folded;
    private int lines = -1;

    private ReplayFrames(List<Event> events, List<Frame> frames, ExportStyle style, int width, int height) {
        this.events = events;
        this.frames = frames;
        this.style = style;
        this.width = width;
        this.height = height;
        // captions wrap to the view's width, at least 1280 content pixels (the zoom is at most
        // width / 1280): rows sized for that narrowest view hold a caption at any zoom
        Viewport.Fonts f = style.fonts();
        axis = TextPlan.axis(LayoutMode.STEPS, 1280, TextMeasure.of(Java2dFonts::measure, f.normal(), f.small(), f.bold()));
    }

    /**
     * Frames for {@code range}: one per step (from a step's caption to the next), or one per event
     * (each held for its real time to the next event divided by {@code speed}, at least one frame
     * at {@code fps}). Step frames stay {@code stepSeconds / speed}.
     */
    static ReplayFrames of(List<Event> events, ExportRange range, ExportStyle style, int width, int height,
                           double stepSeconds, double speed, int fps) {
        Objects.requireNonNull(events, "events");
        List<Frame> frames = new ArrayList<>();
        boolean perStep = range.kind() == ExportRange.Kind.STEPS
                || (range.kind() == ExportRange.Kind.ALL && events.stream().anyMatch(e -> e instanceof Note n && n.step() > 0));
        int step = 0;
        String caption = "";
        if (perStep) {
            List<Integer> starts = new ArrayList<>();
            List<Note> notes = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) instanceof Note n && n.step() > 0) {
                    starts.add(i);
                    notes.add(n);
                }
            }
            for (int k = 0; k < starts.size(); k++) {
                Note n = notes.get(k);
                if (range.kind() == ExportRange.Kind.STEPS && (n.step() < range.from() || n.step() > range.to())) {
                    continue;
                }
                int end = k + 1 < starts.size() ? starts.get(k + 1) : events.size();
                frames.add(new Frame(end, n.step(), n.text(), stepSeconds / speed));
            }
        } else {
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (e instanceof Note n) {
                    caption = n.text();
                    step = n.step() > 0 ? n.step() : step;
                }
                if (range.kind() == ExportRange.Kind.EVENTS && (e.seq() < range.from() || e.seq() > range.to())) {
                    continue;
                }
                double dt = i + 1 < events.size() ? (events.get(i + 1).t() - e.t()) / 1e9 / speed : stepSeconds / speed;
                frames.add(new Frame(i + 1, step, caption, Math.max(1.0 / fps, Math.min(dt, stepSeconds / speed))));
            }
        }
        return new ReplayFrames(events, frames, style, width, height);
    }

    List<Frame> frames() {
        return frames;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Paints frame {@code i}; frames must be painted in order (the fold grows as they go). */
    void paint(int i, Java2dSurface s) {
        Frame f = frames.get(i);
        if (f.end() < folded) {
            throw new IllegalStateException("frames are painted in order");
        }
        fold.append(events.subList(folded, f.end()));
        folded = f.end();
        axis.update(fold);
        if (fold.lifelines().size() != lines) {
            lines = fold.lifelines().size();
            cols = new ColumnLayout(fold.columns());
        }
        double scale = width / 1280.0;
        double bar = Math.round(64 * scale);
        double z = Math.max(0.6 * scale, Math.min(scale, width / Math.max(cols.width(), 400)));
        double bodyH = (height - bar) / z - Viewport.HEAD;
        int last = fold.rowCount() - 1;
        double scrollY = last < 0 ? 0 : Math.max(0, axis.y(last) + RowAxis.STEP * 1.5 - bodyH);
        double scrollX = 0;
        double visibleW = width / z;
        if (cols.width() > visibleW && last >= 0) { // keep the newest event's lifeline in sight
            Row row = fold.rows().get(last);
            int c = cols.indexOf(row.event().socket());
            if (c >= 0) {
                scrollX = Math.max(0, Math.min(cols.width() - visibleW, cols.x(c) - visibleW / 2));
            }
        }
        Viewport v = new Viewport(fold, axis, cols, style.palette(), width, height - bar, z, scrollX, scrollY, null,
                style.fonts()).texts(style.texts());
        s.offset(0, bar); // the diagram below the caption bar; the bar, drawn last, covers what reaches above
        painter.paint(s, v);
        s.offset(0, 0);
        captionBar(s, f, bar, scale);
    }

    /** The step number and its caption across the top, as the window's caption bar shows them. */
    private void captionBar(Surface s, Frame f, double bar, double scale) {
        Palette p = style.palette();
        s.setTransform(scale, 0, 0, scale, 0, 0);
        double w = width / scale;
        double h = bar / scale;
        s.setGlobalAlpha(1);
        s.setFill(p.headFill());
        s.fillRect(0, 0, w, h);
        s.setStroke(p.grid());
        s.setLineWidth(1);
        s.strokeLine(0, h - 0.5, w, h - 0.5);
        double x = 16;
        s.setTextBaseline(TextBaseline.CENTER);
        if (f.step() > 0) {
            String label = style.text("caption.step").replace("{0}", Integer.toString(f.step()));
            FontSpec bold = new FontSpec(style.family(), 17, true);
            double lw = s.measure(label, bold).width() + 20;
            s.setFill(p.selection());
            s.fillRoundRect(x, h / 2 - 14, lw, 28, 8, 8);
            s.setFill(p.background());
            s.setFont(bold);
            s.setTextAlign(TextAlign.CENTER);
            s.fillText(label, x + lw / 2, h / 2);
            x += lw + 14;
        }
        FontSpec font = new FontSpec(style.family(), 19, false);
        List<String> lines = wrap(s, f.caption(), font, w - x - 16);
        if (lines.size() > 2) { // two lines fit the bar: a smaller type for longer captions
            font = new FontSpec(style.family(), 15, false);
            lines = wrap(s, f.caption(), font, w - x - 16);
        }
        s.setFont(font);
        s.setFill(p.fg());
        s.setTextAlign(TextAlign.LEFT);
        double lineH = font.size() * 1.3;
        double y = h / 2 - (lines.size() - 1) * lineH / 2;
        for (String line : lines) {
            s.fillText(line, x, y);
            y += lineH;
        }
        s.setTransform(1, 0, 0, 1, 0, 0);
    }

    /** Words (or, for Chinese, characters) wrapped to lines of at most {@code width}. */
    static List<String> wrap(Surface s, String text, FontSpec font, double width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int j = i + 1;
            if (text.charAt(i) < 0x2e80) { // a word with its trailing space
                while (j < text.length() && text.charAt(j) != ' ' && text.charAt(j) < 0x2e80) {
                    j++;
                }
                while (j < text.length() && text.charAt(j) == ' ') {
                    j++;
                }
            }
            String piece = text.substring(i, j);
            if (line.length() > 0 && s.measure((line + piece).strip(), font).width() > width) {
                out.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(piece);
            i = j;
        }
        if (line.length() > 0) {
            out.add(line.toString().strip());
        }
        return out;
    }
}
