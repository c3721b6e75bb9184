package io.sockscope.app.export;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The paint of an SVG document's elements as CSS classes: each distinct set of declarations
 * (fill, stroke, font...) gets one short class name, written once in the {@code <style>}. A
 * diagram of ten thousand shapes uses a few dozen such sets.
 */
final class SvgStyles {
    private final Map<String, String> classes = new LinkedHashMap<>();
    private final Map<String, String> declarations = new HashMap<>();
    /** How every outline's declarations begin (an outline paints no inside). */
    static final String NO_FILL = "fill:none;";

    /** The class for {@code declarations} ({@code fill:#ffffff}), made on first use. */
    String classOf(String declarations) {
        return classes.computeIfAbsent(declarations, d -> {
            String c = "s" + Integer.toString(classes.size(), 36);
            this.declarations.put(c, d);
            return c;
        });
    }

    /** The declarations of class {@code cls}, made by {@link #classOf(String)}. */
    String declarationsOf(String cls) {
        String d = declarations.get(cls);
        if (d == null) {
            throw new IllegalArgumentException("no such class: " + cls);
        }
        return d;
    }

    /** Appends the {@code <style>} element with every class used, nothing when none was. */
    void writeTo(StringBuilder b) {
        if (classes.isEmpty()) {
            return;
        }
        b.append("<style>\n");
        for (Map.Entry<String, String> e : classes.entrySet()) {
            b.append('.').append(e.getValue()).append('{').append(e.getKey()).append("}\n");
        }
        b.append("</style>\n");
    }
}
