package io.sockscope.app.diagram.layout;

import java.util.Locale;

/** A folded idle stretch in the time layout, drawn as a fixed-height band before {@code row}. */
public record Gap(int row, long nanos, double y, double height) {
    /** Caption such as {@code ⋯ 1.2 s} or {@code ⋯ 350 ms}. */
    public String label() {
        double ms = nanos / 1e6;
        if (ms >= 1000) {
            return String.format(Locale.ROOT, "⋯ %.1f s", ms / 1000);
        }
        return String.format(Locale.ROOT, "⋯ %.0f ms", ms);
    }
}
