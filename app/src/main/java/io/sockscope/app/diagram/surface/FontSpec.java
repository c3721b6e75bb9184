package io.sockscope.app.diagram.surface;

import java.util.Objects;

/** A font by family, size in pixels and weight; each surface turns it into its toolkit's font. */
public record FontSpec(String family, double size, boolean bold) {
    public FontSpec {
        Objects.requireNonNull(family, "family");
        if (!(size > 0)) {
            throw new IllegalArgumentException("font size must be positive: " + size);
        }
    }
}
