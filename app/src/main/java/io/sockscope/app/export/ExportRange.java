package io.sockscope.app.export;

import java.util.Objects;

/** What part of a session to export: all of it, steps {@code A-B}, or events with seq {@code A-B} (inclusive). */
public record ExportRange(Kind kind, long from, long to) {
    public enum Kind { ALL, STEPS, EVENTS }

    public ExportRange {
        Objects.requireNonNull(kind, "kind");
        if (from > to) {
            throw new ExportException("range " + from + "-" + to + " is empty: it ends before it starts");
        }
    }

    public static ExportRange all() {
        return new ExportRange(Kind.ALL, 0, Long.MAX_VALUE);
    }

    /** Parses {@code A-B} or a single {@code A}. */
    public static ExportRange parse(Kind kind, String text) {
        String[] parts = text.strip().split("-", -1);
        try {
            if (parts.length == 1) {
                long a = Long.parseLong(parts[0]);
                return new ExportRange(kind, a, a);
            }
            if (parts.length == 2) {
                return new ExportRange(kind, Long.parseLong(parts[0].strip()), Long.parseLong(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // one message below
        }
        throw new ExportException("'" + text + "' is not a range: write A-B, e.g. 2-5");
    }
}
