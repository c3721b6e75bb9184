package io.sockscope.sessions;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counts what a reader skips, by name, with a bounded number of distinct names. */
final class Skips {
    private final Map<String, Long> types = new LinkedHashMap<>();
    private final Map<String, Long> fields = new LinkedHashMap<>();
    private long events;

    Skips() {
        this(0);
    }

    /** Counts on from {@code eventsBefore} events skipped earlier in the file (a reader opened at a checkpoint). */
    Skips(long eventsBefore) {
        this.events = eventsBefore;
    }

    void type(String name) {
        count(types, name);
        events++;
    }

    void field(String path) {
        count(fields, path);
    }

    private static void count(Map<String, Long> m, String name) {
        String key = m.containsKey(name) || m.size() < Limits.MAX_SKIPPED_NAMES ? name : Skipped.OTHERS;
        m.merge(key, 1L, Long::sum);
    }

    /** Events of unknown types skipped so far. */
    long events() {
        return events;
    }

    Skipped snapshot() {
        return types.isEmpty() && fields.isEmpty() ? Skipped.NONE : new Skipped(types, fields);
    }
}
