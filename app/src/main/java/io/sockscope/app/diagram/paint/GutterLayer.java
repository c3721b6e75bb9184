package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.Row;
import io.sockscope.app.diagram.surface.Surface;
import io.sockscope.app.diagram.surface.TextAlign;
import io.sockscope.app.diagram.surface.TextBaseline;
import java.util.Locale;

/** The sticky left gutter: each row's event number and its time since the session started. Drawn at x from 0. */
public final class GutterLayer implements Layer {
    @Override
    public void draw(Surface g, Viewport v) {
        Palette p = v.palette();
        double w = ColumnLayout.GUTTER - 6;
        g.setFill(p.headFill());
        g.fillRect(0, -40, w, v.bottom() + 80);
        g.setStroke(p.grid());
        g.setLineWidth(1);
        g.strokeLine(w - 0.5, -40, w - 0.5, v.bottom() + 40);
        g.setTextAlign(TextAlign.RIGHT);
        g.setTextBaseline(TextBaseline.CENTER);
        double minGap = 24;
        double lastY = -1e9;
        for (int r = v.firstRow(); r <= v.lastRow(); r++) {
            double y = v.y(r);
            if (y - lastY < minGap) {
                continue;
            }
            lastY = y;
            Row row = v.fold().rows().get(r);
            g.setFont(v.small());
            g.setFill(p.fg());
            g.fillText("#" + row.seq(), w - 6, y - 6);
            g.setFill(p.muted());
            g.fillText(time(row.t()), w - 6, y + 7);
        }
    }

    /**
     * {@code 12.3 ms} under a second, {@code 4.56 s} from there, rounded half up. Worked out in
     * whole numbers (the same digits {@code String.format} gives) because an export of a big
     * session writes ten thousand of them and the formatter was a tenth of its time.
     */
    static String time(long nanos) {
        if (nanos >= 0 && nanos < Long.MAX_VALUE / 2) {
            long tenthsMs = (nanos + 50_000) / 100_000;
            if (nanos < 1_000_000_000L) {
                return tenthsMs / 10 + "." + tenthsMs % 10 + " ms";
            }
            long hundredthsS = (nanos + 5_000_000) / 10_000_000;
            long frac = hundredthsS % 100;
            return hundredthsS / 100 + (frac < 10 ? ".0" : ".") + frac + " s";
        }
        double ms = nanos / 1e6;
        if (ms < 1000) {
            return String.format(Locale.ROOT, "%.1f ms", ms);
        }
        return String.format(Locale.ROOT, "%.2f s", ms / 1000);
    }
}
