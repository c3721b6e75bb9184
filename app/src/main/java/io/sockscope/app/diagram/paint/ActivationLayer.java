package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.Activation;
import io.sockscope.app.diagram.layout.Badge;
import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.Rows;
import io.sockscope.app.diagram.surface.Surface;
import io.sockscope.app.diagram.surface.TextAlign;
import io.sockscope.app.diagram.surface.TextBaseline;
import java.util.List;

/**
 * Blocked calls as hatched bars from block to wake, labelled with the waiting thread; select
 * calls as a box on the selector's lifeline, with A/C/R/W badges on each key's socket
 * (filled: ready; outlined: asked for but not ready).
 */
public final class ActivationLayer implements Layer {
    private static final String OPS = "ACRW";

    @Override
    public void draw(Surface g, Viewport v) {
        List<Activation> acts = v.fold().activations();
        int last = v.fold().rowCount() - 1;
        for (Activation a : acts) { // few per session; cull by rows and columns
            if (a.fromRow() > v.lastRow()) {
                break;
            }
            if (a.endRow(last) < v.firstRow()) {
                continue;
            }
            double x = v.x(a.socket());
            if (Double.isNaN(x) || !v.visibleX(x - 100, x + 100)) {
                continue;
            }
            if (a.select()) {
                select(g, v, x, v.y(a.fromRow()));
            } else {
                blocked(g, v, a, x, last);
            }
        }
        badges(g, v);
    }

    private static void blocked(Surface g, Viewport v, Activation a, double x, int last) {
        Palette p = v.palette();
        double y0 = v.y(a.fromRow());
        double y1 = a.open() ? v.end() : v.y(a.toRow());
        double top = Math.max(y0, -10);
        double bottom = Math.min(y1, v.bottom() + 10);
        if (bottom > top) {
            Symbols.hatched(g, x - 6, top, 12, bottom - top, p.blocked(), p.background());
        }
        if (y0 >= -RowAxis.STEP && y1 - y0 > RowAxis.STEP) { // a pause sign: a thread waits here (named in the call's caption)
            g.setFill(p.warn());
            double ty = y0 + RowAxis.STEP * 0.55;
            g.fillRect(x - 17, ty - 5, 2.5, 10);
            g.fillRect(x - 12.5, ty - 5, 2.5, 10);
        }
    }

    private static void select(Surface g, Viewport v, double x, double y) {
        Palette p = v.palette();
        g.setFill(p.select());
        g.fillRoundRect(x - 8, y - 11, 16, 22, 4, 4);
        g.setStroke(p.fg());
        g.setLineWidth(1);
        g.strokeRoundRect(x - 8, y - 11, 16, 22, 4, 4);
    }

    private static void badges(Surface g, Viewport v) {
        List<Badge> bs = Rows.between(v.fold().badges(), Badge::row, v.firstRow(), v.lastRow());
        Palette p = v.palette();
        g.setFont(v.small());
        g.setTextAlign(TextAlign.CENTER);
        g.setTextBaseline(TextBaseline.CENTER);
        for (Badge b : bs) {
            double x = v.x(b.socket());
            double sx = v.x(b.selector());
            if (Double.isNaN(x)) {
                continue;
            }
            double y = v.y(b.row());
            if (!Double.isNaN(sx)) { // which sockets this select looked at
                g.setStroke(p.select().withOpacity(0.6));
                g.setLineWidth(1);
                g.setLineDashes(2, 4);
                g.strokeLine(sx + (x > sx ? 8 : -8), y, x + (x > sx ? -12 : 12), y);
                g.setLineDashes();
            }
            String letters = letters(b);
            double w = 13;
            double bx = x - 12 - letters.length() * w;
            for (int i = 0; i < letters.length(); i++) {
                char c = letters.charAt(i);
                boolean ready = b.ready().indexOf(c) >= 0;
                double cx = bx + i * w;
                if (ready) {
                    g.setFill(p.select());
                    g.fillRoundRect(cx, y - 8, w - 2, 16, 4, 4);
                } else {
                    g.setFill(p.background());
                    g.fillRoundRect(cx, y - 8, w - 2, 16, 4, 4);
                    g.setStroke(p.select());
                    g.setLineWidth(1);
                    g.strokeRoundRect(cx, y - 8, w - 2, 16, 4, 4);
                }
                g.setFill(ready ? p.background() : p.muted());
                g.fillText(String.valueOf(c), cx + (w - 2) / 2, y);
            }
        }
    }

    private static String letters(Badge b) {
        StringBuilder sb = new StringBuilder(4);
        for (char c : OPS.toCharArray()) {
            if (b.interest().indexOf(c) >= 0 || b.ready().indexOf(c) >= 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
