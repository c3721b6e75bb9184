package io.sockscope.app.diagram.surface;

/**
 * Measures text in a font. Each surface measures with its own toolkit's fonts; tests inject a
 * fixed table so that recorded drawings do not depend on the fonts installed.
 */
@FunctionalInterface
public interface FontMetrics {
    TextExtent measure(String text, FontSpec font);
}
