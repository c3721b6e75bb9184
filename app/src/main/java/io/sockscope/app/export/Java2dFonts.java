package io.sockscope.app.export;

import io.sockscope.app.diagram.surface.FontSpec;
import io.sockscope.app.diagram.surface.TextExtent;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Java2D fonts for the export surfaces: a {@link FontSpec} as an AWT font, falling back to an
 * installed CJK family for text the requested family cannot show, and text measured with
 * anti-aliased fractional metrics (as it is drawn). Works headless.
 */
public final class Java2dFonts {
    /** The logical sans-serif family, present on every JDK. */
    public static final String SANS = Font.SANS_SERIF;
    /** CJK families tried in order for Chinese text. */
    static final List<String> CJK = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "Droid Sans Fallback");
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Map<FontSpec, Font> FONTS = new ConcurrentHashMap<>();
    private static final Map<FontSpec, Font> CJK_FONTS = new ConcurrentHashMap<>();
    private static final Map<FontSpec, TextExtent> LINES = new ConcurrentHashMap<>();
    /**
     * Texts measured so far, per font: a diagram measures the same labels and times again and
     * again (a font first, so a lookup hashes and compares the text alone).
     */
    private static final Map<FontSpec, Map<String, TextExtent>> MEASURED = new ConcurrentHashMap<>();
    private static final int MEASURED_MAX = 50_000;
    /** The font last measured and its texts: a diagram measures runs of texts in one font, and a lookup by identity skips hashing the font. */
    private static volatile Measured last;
    private static volatile Set<String> installed;

    private Java2dFonts() {
    }

    /** The font for {@code spec}, or a CJK font of the same size when {@code text} needs one. */
    public static Font font(FontSpec spec, String text) {
        Font f = FONTS.computeIfAbsent(spec, s -> new Font(s.family(), s.bold() ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont((float) s.size()));
        if (f.canDisplayUpTo(text) == -1) {
            return f;
        }
        return CJK_FONTS.computeIfAbsent(spec, s -> cjkFamily()
                .map(family -> new Font(family, s.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) s.size()))
                .orElse(FONTS.get(s)));
    }

    /** Measures {@code text} as {@link #font} draws it. */
    public static TextExtent measure(String text, FontSpec spec) {
        Measured m = last;
        if (m == null || m.spec() != spec) {
            m = new Measured(spec, MEASURED.computeIfAbsent(spec, s -> new ConcurrentHashMap<>()));
            last = m;
        }
        Map<String, TextExtent> texts = m.texts();
        TextExtent e = texts.get(text);
        if (e == null) {
            if (texts.size() >= MEASURED_MAX) {
                texts.clear(); // a crude bound: enough for one big diagram, and memory stays small
            }
            e = measureNow(text, spec);
            texts.put(text, e);
        }
        return e;
    }

    private record Measured(FontSpec spec, Map<String, TextExtent> texts) {
    }

    private static TextExtent measureNow(String text, FontSpec spec) {
        Font f = font(spec, text);
        double w = text.isEmpty() ? 0 : f.getStringBounds(text, FRC).getWidth();
        LineMetrics m = f.getLineMetrics(text.isEmpty() ? "X" : text, FRC);
        return new TextExtent(w, m.getAscent(), m.getDescent());
    }

    /** Ascent and descent of a font's line (width 0), cached per font. */
    public static TextExtent lineMetrics(FontSpec spec) {
        return LINES.computeIfAbsent(spec, s -> {
            LineMetrics m = font(s, "X").getLineMetrics("X", FRC);
            return new TextExtent(0, m.getAscent(), m.getDescent());
        });
    }

    /** The first installed CJK family, if any. */
    public static java.util.Optional<String> cjkFamily() {
        if (installed == null) {
            installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        }
        return CJK.stream().filter(installed::contains).findFirst();
    }
}
