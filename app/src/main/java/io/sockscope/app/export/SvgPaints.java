package io.sockscope.app.export;

import io.sockscope.app.diagram.surface.FontSpec;
import io.sockscope.app.diagram.surface.LineCap;
import io.sockscope.app.diagram.surface.Rgba;
import io.sockscope.app.diagram.surface.TextAlign;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The CSS class of each paint an SVG surface draws with (text, fill, outline), made in
 * {@link SvgStyles} from the paint's declarations on first use. The classes of the paints used
 * last are found by the identity of what they paint: layers switch back and forth between a few
 * paints per element (a pill's fill, its outline and its text), and comparing references costs
 * less than hashing a key; a miss looks the paint up by value.
 */
final class SvgPaints {
    /** The CSS declarations of the surface's current paint, asked for on a paint's first use. */
    interface Declarations {
        String text();

        String fill();

        String stroke();
    }

    private record TextPaint(FontSpec font, TextAlign align, Rgba fill, double alpha, double scale) {
    }

    private record FillPaint(Rgba fill, double alpha) {
    }

    /** What a stroke class paints; dashes compared by their lengths. */
    private record StrokePaint(Rgba stroke, double alpha, double width, double scale, LineCap cap, double[] dashes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof StrokePaint p && stroke.equals(p.stroke) && alpha == p.alpha && width == p.width
                    && scale == p.scale && cap == p.cap && Arrays.equals(dashes, p.dashes);
        }

        @Override
        public int hashCode() {
            return (stroke.hashCode() * 31 + Double.hashCode(width)) * 31 + Arrays.hashCode(dashes);
        }
    }

    private static final int RECENT = 4;
    private final SvgStyles styles;
    /** Classes by what they paint. */
    private final Map<Object, String> classOf = new HashMap<>();
    private final TextPaint[] recentText = new TextPaint[RECENT];
    private final String[] recentTextClass = new String[RECENT];
    private int recentTextNext;
    private final FillPaint[] recentFill = new FillPaint[RECENT];
    private final String[] recentFillClass = new String[RECENT];
    private int recentFillNext;
    private final StrokePaint[] recentStroke = new StrokePaint[RECENT];
    private final String[] recentStrokeClass = new String[RECENT];
    private int recentStrokeNext;

    SvgPaints(SvgStyles styles) {
        this.styles = styles;
    }

    /** The class of text in {@code font}, aligned so, in {@code fill} at {@code alpha}, at {@code scale}. */
    String text(FontSpec font, TextAlign align, Rgba fill, double alpha, double scale, Declarations d) {
        for (int i = 0; i < RECENT; i++) {
            TextPaint k = recentText[i];
            if (k != null && k.font() == font && k.align() == align && k.fill() == fill && k.alpha() == alpha
                    && k.scale() == scale) {
                return recentTextClass[i];
            }
        }
        TextPaint key = new TextPaint(font, align, fill, alpha, scale);
        String c = classOf.computeIfAbsent(key, k -> styles.classOf(d.text()));
        recentText[recentTextNext] = key;
        recentTextClass[recentTextNext] = c;
        recentTextNext = (recentTextNext + 1) % RECENT;
        return c;
    }

    /** The class of a shape filled with {@code fill} at {@code alpha}. */
    String fill(Rgba fill, double alpha, Declarations d) {
        for (int i = 0; i < RECENT; i++) {
            FillPaint k = recentFill[i];
            if (k != null && k.fill() == fill && k.alpha() == alpha) {
                return recentFillClass[i];
            }
        }
        FillPaint key = new FillPaint(fill, alpha);
        String c = classOf.computeIfAbsent(key, k -> styles.classOf(d.fill()));
        recentFill[recentFillNext] = key;
        recentFillClass[recentFillNext] = c;
        recentFillNext = (recentFillNext + 1) % RECENT;
        return c;
    }

    /** The class of a shape's outline. */
    String stroke(Rgba stroke, double alpha, double width, double scale, LineCap cap, double[] dashes, Declarations d) {
        for (int i = 0; i < RECENT; i++) {
            StrokePaint k = recentStroke[i];
            if (k != null && k.stroke() == stroke && k.width() == width && k.dashes() == dashes && k.cap() == cap
                    && k.alpha() == alpha && k.scale() == scale) {
                return recentStrokeClass[i];
            }
        }
        StrokePaint key = new StrokePaint(stroke, alpha, width, scale, cap, dashes);
        String c = classOf.computeIfAbsent(key, k -> styles.classOf(d.stroke()));
        recentStroke[recentStrokeNext] = key;
        recentStrokeClass[recentStrokeNext] = c;
        recentStrokeNext = (recentStrokeNext + 1) % RECENT;
        return c;
    }
}
