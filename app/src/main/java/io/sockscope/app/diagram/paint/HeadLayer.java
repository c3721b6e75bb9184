package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.HeadState;
import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.QueueSample;
import io.sockscope.app.diagram.layout.text.OwnerNames;
import io.sockscope.app.diagram.surface.Rgba;
import io.sockscope.app.diagram.surface.Surface;
import io.sockscope.app.diagram.surface.TextAlign;
import io.sockscope.app.diagram.surface.TextBaseline;
import java.util.List;
import java.util.Locale;

/**
 * The sticky lifeline heads: owner group, id, fd, protocol, local↔remote, state and a small
 * send/receive (or accept) queue gauge, and for UDP the datagrams the kernel dropped, all as of
 * the row the view is looking at.
 * Drawn in head coordinates: x as content, y from 0 to {@link Viewport#HEAD}.
 */
public final class HeadLayer implements Layer {
    @Override
    public void draw(Surface g, Viewport v) {
        Palette p = v.palette();
        g.setFill(p.headFill());
        g.fillRect(0, 0, v.right(), Viewport.HEAD);
        g.setStroke(p.grid());
        g.setLineWidth(1);
        g.strokeLine(0, Viewport.HEAD - 0.5, v.right(), Viewport.HEAD - 0.5);
        ColumnLayout cols = v.cols();
        List<Lifeline> lines = cols.columns();
        int row = v.stateRow();
        int group = -1;
        String owner = null;
        g.setTextBaseline(TextBaseline.CENTER);
        for (int i = 0; i < lines.size(); i++) {
            Lifeline l = lines.get(i);
            if (!l.owner().equals(owner)) {
                owner = l.owner();
                group++;
                groupLabel(g, v, owner, v.x(i) - ColumnLayout.COLUMN / 2 + 6, p.group(group));
            }
            double x = v.x(i);
            if (v.visibleX(x - ColumnLayout.COLUMN / 2, x + ColumnLayout.COLUMN / 2)) {
                head(g, v, l, x, row, p.group(group));
            }
        }
    }

    private static void groupLabel(Surface g, Viewport v, String owner, double x, Rgba c) {
        double sx = Math.max(x, ColumnLayout.GUTTER + 6);
        g.setFill(c);
        g.fillRect(x, 4, 4, 12);
        g.setFont(v.bold());
        g.setTextAlign(TextAlign.LEFT);
        g.fillText(OwnerNames.show(owner, v.words()).toUpperCase(Locale.ROOT), Math.max(sx, x) + 8, 10);
    }

    private static void head(Surface g, Viewport v, Lifeline l, double x, int row, Rgba groupColour) {
        Palette p = v.palette();
        double w = ColumnLayout.COLUMN - 14;
        double left = x - w / 2;
        boolean born = row >= l.firstRow();
        boolean gone = l.closed() && row > l.lastRow();
        HeadState h = v.fold().headAt(l.socket(), row);
        double a = born && !gone ? 1 : 0.45;
        g.setGlobalAlpha(a);
        g.setFill(p.background());
        g.fillRoundRect(left, 20, w, 54, 8, 8);
        boolean picked = v.selection() != null && l.socket().equals(v.selection().socket());
        g.setStroke(picked ? p.selection() : groupColour);
        g.setLineWidth(picked ? 3.5 : born && !gone ? 2 : 1);
        g.strokeRoundRect(left, 20, w, 54, 8, 8);
        g.setFill(p.fg());
        g.setFont(v.bold());
        g.setTextAlign(TextAlign.LEFT);
        String title = l.socket() + (l.fd() >= 0 ? "  fd " + l.fd() : "") + "  " + l.proto().name().toLowerCase(Locale.ROOT);
        g.fillText(Texts.fit(g, v.bold(), title, w - 16), left + 8, 31);
        g.setFont(v.small());
        g.setFill(p.muted());
        g.fillText(HeadAddress.shown(g, v.small(), h, w - 16), left + 8, 47);
        String state = !born ? "NOT YET" : h == null ? ""
                : l.kind() == io.sockscope.app.diagram.layout.LifelineKind.SELECTOR && !gone ? "SELECTOR"
                : h.state().toUpperCase(Locale.ROOT);
        String shown = !born ? v.text("head.notYet", "not yet")
                : v.text("state." + state.toLowerCase(Locale.ROOT), state);
        shown = withKernelState(shown, born ? v.fold().kernelStateAt(l.socket(), row) : "", state.equals("CLOSED"));
        QueueSample counted = born ? v.fold().queueAt(l.socket(), row) : null;
        if (counted != null && counted.drops() > 0) { // the kernel's count of datagrams it dropped for this socket
            shown += " · " + v.text("head.dropped", "{0} dropped").replace("{0}", String.valueOf(counted.drops()));
        }
        g.setFont(v.bold());
        g.setFill(stateColour(state, p));
        // the state is measured in the font that draws it; when it needs the gauge's room (a
        // kernel state after close, a long translation) it takes the line and the gauge waits
        boolean roomForGauge = Texts.fits(g, v.bold(), shown, w - 70);
        g.fillText(Texts.fit(g, v.bold(), shown, roomForGauge ? w - 70 : w - 16), left + 8, 63);
        if (roomForGauge) {
            gauge(g, v, l, row, left + w - 60, 57);
        }
        g.setGlobalAlpha(1);
    }

    /**
     * The head's state with the kernel's TCP state: while the program holds the socket the
     * kernel's name replaces it (ESTABLISHED, CLOSE_WAIT); after close it follows it while the
     * kernel still holds the connection ("closed · TIME_WAIT"). The inspector shows both.
     */
    static String withKernelState(String shown, String tcp, boolean closed) {
        if (!closed) {
            return tcp.isEmpty() ? shown : tcp;
        }
        boolean tail = java.util.Set.of("FIN_WAIT1", "FIN_WAIT2", "CLOSING", "LAST_ACK", "TIME_WAIT").contains(tcp);
        return tail ? shown + " · " + tcp : shown;
    }

    private static Rgba stateColour(String state, Palette p) {
        return switch (state) {
            case "RESET" -> p.error();
            case "CLOSED", "NOT YET" -> p.muted();
            case "LISTENING", "SELECTOR" -> p.creation();
            case "CONNECTED" -> p.stream();
            default -> p.fg();
        };
    }

    private static void gauge(Surface g, Viewport v, Lifeline l, int row, double x, double y) {
        QueueSample q = v.fold().queueAt(l.socket(), row);
        if (q == null) {
            return;
        }
        Palette p = v.palette();
        if (q.listener()) {
            bar(g, p, x, y + 3, q.acceptFill(), p.acceptQ());
            return;
        }
        bar(g, p, x, y, q.sendFill(), p.sendQ());
        bar(g, p, x, y + 8, q.recvFill(), p.recvQ());
    }

    private static void bar(Surface g, Palette p, double x, double y, double fill, Rgba c) {
        g.setFill(c.withOpacity(0.2));
        g.fillRect(x, y, 50, 6);
        g.setFill(c);
        g.fillRect(x, y, 50 * fill, 6);
        g.setStroke(c);
        g.setLineWidth(1);
        g.strokeRect(x, y, 50, 6);
    }
}
