package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.Rows;
import io.sockscope.app.diagram.layout.SignalArrow;
import io.sockscope.app.diagram.surface.Rgba;
import io.sockscope.app.diagram.surface.Surface;
import java.util.List;

/** Control messages, thin and dashed: a connect's SYN to the listener, a FIN to the EOF it causes, an RST to the reset. */
public final class SignalLayer implements Layer {
    @Override
    public void draw(Surface g, Viewport v) {
        Palette p = v.palette();
        List<SignalArrow> all = v.fold().signals();
        for (int i = Rows.firstAtOrAfter(all, SignalArrow::toRow, v.firstRow()); i < all.size(); i++) {
            SignalArrow s = all.get(i);
            if (s.fromRow() > v.lastRow()) {
                if (s.toRow() > v.lastRow() + 20_000) {
                    break;
                }
                continue;
            }
            double[] pts = ArrowLayer.view(ArrowGeometry.of(s, v.cols(), v.axis()), v);
            if (pts == null || !v.visibleX(Math.min(pts[0], pts[2]), Math.max(pts[0], pts[2]))) {
                continue;
            }
            double[] seg = ArrowGeometry.clip(pts[0], pts[1], pts[2], pts[3], -60, v.bottom() + 60);
            if (seg == null) {
                continue;
            }
            Rgba c = s.kind() == SignalArrow.Kind.RST ? p.lost() : p.muted();
            g.setStroke(c);
            g.setLineWidth(1.4);
            g.setLineDashes(2, 3);
            g.strokeLine(seg[0], seg[1], seg[2], seg[3]);
            g.setLineDashes();
            if (seg[3] == pts[3]) {
                Symbols.arrowHead(g, seg[0], seg[1], seg[2], seg[3], 9, c);
            }
            boolean unix = v.fold().lifeline(s.fromSocket()) != null
                    && v.fold().lifeline(s.fromSocket()).proto() == io.sockscope.model.event.Proto.UNIX;
            String text = !unix ? s.kind().label() : s.kind() == SignalArrow.Kind.CONNECT ? "connect" : s.kind() == SignalArrow.Kind.FIN ? "close" : "RST";
            v.labels(g).along(g, v, text, seg, new double[] {0.5, 0.3, 0.7}, c, false);
        }
    }

}
