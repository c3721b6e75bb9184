package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.HeadState;
import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.QueueSample;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The sticky lifeline heads: owner group, id, fd, protocol, local↔remote, state and a small
 * send/receive (or accept) queue gauge, all as of the row the view is looking at.
 * Drawn in head coordinates: x as content, y from 0 to {@link Viewport#HEAD}.
 */
public final class HeadLayer implements Layer {
    @Override
    public void draw(GraphicsContext gc, Viewport v) {
        Palette p = v.palette();
        gc.setFill(p.headFill());
        gc.fillRect(0, 0, v.right(), Viewport.HEAD);
        gc.setStroke(p.grid());
        gc.setLineWidth(1);
        gc.strokeLine(0, Viewport.HEAD - 0.5, v.right(), Viewport.HEAD - 0.5);
        ColumnLayout cols = v.cols();
        List<Lifeline> lines = cols.columns();
        int row = v.stateRow();
        int group = -1;
        String owner = null;
        gc.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < lines.size(); i++) {
            Lifeline l = lines.get(i);
            if (!l.owner().equals(owner)) {
                owner = l.owner();
                group++;
                groupLabel(gc, v, owner, v.x(i) - ColumnLayout.COLUMN / 2 + 6, p.group(group));
            }
            double x = v.x(i);
            if (v.visibleX(x - ColumnLayout.COLUMN / 2, x + ColumnLayout.COLUMN / 2)) {
                head(gc, v, l, x, row, p.group(group));
            }
        }
    }

    private static void groupLabel(GraphicsContext gc, Viewport v, String owner, double x, Color c) {
        double sx = Math.max(x, ColumnLayout.GUTTER + 6);
        gc.setFill(c);
        gc.fillRect(x, 4, 4, 12);
        gc.setFont(v.bold());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(owner.toUpperCase(Locale.ROOT), Math.max(sx, x) + 8, 10);
    }

    private static void head(GraphicsContext gc, Viewport v, Lifeline l, double x, int row, Color groupColour) {
        Palette p = v.palette();
        double w = ColumnLayout.COLUMN - 14;
        double left = x - w / 2;
        boolean born = row >= l.firstRow();
        boolean gone = l.closed() && row > l.lastRow();
        HeadState h = v.fold().headAt(l.socket(), row);
        double a = born && !gone ? 1 : 0.45;
        gc.setGlobalAlpha(a);
        gc.setFill(p.background());
        gc.fillRoundRect(left, 20, w, 54, 8, 8);
        boolean picked = v.selection() != null && l.socket().equals(v.selection().socket());
        gc.setStroke(picked ? p.selection() : groupColour);
        gc.setLineWidth(picked ? 3.5 : born && !gone ? 2 : 1);
        gc.strokeRoundRect(left, 20, w, 54, 8, 8);
        gc.setFill(p.fg());
        gc.setFont(v.bold());
        gc.setTextAlign(TextAlignment.LEFT);
        String title = l.socket() + (l.fd() >= 0 ? "  fd " + l.fd() : "") + "  " + l.proto().name().toLowerCase(Locale.ROOT);
        gc.fillText(Texts.fit(title, w - 16, 7.6), left + 8, 31);
        gc.setFont(v.small());
        gc.setFill(p.muted());
        gc.fillText(addresses(h, w - 16), left + 8, 47);
        String state = !born ? "NOT YET" : h == null ? ""
                : l.kind() == io.sockscope.app.diagram.layout.LifelineKind.SELECTOR && !gone ? "SELECTOR"
                : h.state().toUpperCase(Locale.ROOT);
        String shown = !born ? v.text("head.notYet", "not yet")
                : v.text("state." + state.toLowerCase(Locale.ROOT), state);
        String tcp = born ? v.fold().kernelStateAt(l.socket(), row) : "";
        if (!tcp.isEmpty()) {
            shown = tcp; // the kernel's own state (ESTABLISHED, TIME_WAIT after close); the inspector shows both
        }
        gc.setFont(v.bold());
        gc.setFill(stateColour(state, p));
        gc.fillText(Texts.fit(shown, w - 70, 8), left + 8, 63);
        gauge(gc, v, l, row, left + w - 60, 57);
        gc.setGlobalAlpha(1);
    }

    /** local ↔ remote fitted to {@code width}; a long Unix path keeps its end (the file name). */
    private static String addresses(HeadState h, double width) {
        if (h == null || (h.local().isEmpty() && h.remote().isEmpty())) {
            return "—";
        }
        String local = h.local().isEmpty() ? "?" : h.local();
        String full = h.remote().isEmpty() ? local : local + " ↔ " + h.remote();
        if (full.length() * 5.9 <= width || !(local.startsWith("/") || h.remote().startsWith("/"))) {
            return Texts.fit(full, width, 5.9); // IP addresses: ports matter most, and they fit
        }
        double each = h.remote().isEmpty() ? width : (width - 20) / 2; // paths keep their file names
        String l = Texts.fitAddress(local, each, 6.3);
        return h.remote().isEmpty() ? l : l + " ↔ " + Texts.fitAddress(h.remote(), each, 6.3);
    }

    private static Color stateColour(String state, Palette p) {
        return switch (state) {
            case "RESET" -> p.error();
            case "CLOSED", "NOT YET" -> p.muted();
            case "LISTENING", "SELECTOR" -> p.creation();
            case "CONNECTED" -> p.stream();
            default -> p.fg();
        };
    }

    private static void gauge(GraphicsContext gc, Viewport v, Lifeline l, int row, double x, double y) {
        QueueSample q = v.fold().queueAt(l.socket(), row);
        if (q == null) {
            return;
        }
        Palette p = v.palette();
        if (q.listener()) {
            bar(gc, p, x, y + 3, q.acceptFill(), p.acceptQ());
            return;
        }
        bar(gc, p, x, y, q.sendFill(), p.sendQ());
        bar(gc, p, x, y + 8, q.recvFill(), p.recvQ());
    }

    private static void bar(GraphicsContext gc, Palette p, double x, double y, double fill, Color c) {
        gc.setFill(Palette.alpha(c, 0.2));
        gc.fillRect(x, y, 50, 6);
        gc.setFill(c);
        gc.fillRect(x, y, 50 * fill, 6);
        gc.setStroke(c);
        gc.setLineWidth(1);
        gc.strokeRect(x, y, 50, 6);
    }
}
