package io.sockscope.sessions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a reader passed over because this build does not know it: events of unknown types
 * (by wire type name) and unknown fields (by {@code type.field}, {@code header.field}, or
 * {@code type.field.subfield} inside a payload or a select key), each with how often it
 * occurred. A file written by a newer 1.x Sockscope has them; this build reads the rest.
 *
 * @param eventTypes  unknown event type name to the number of events skipped
 * @param fields      unknown field path to the number of times it was skipped
 */
public record Skipped(Map<String, Long> eventTypes, Map<String, Long> fields) {
    /** Nothing skipped. */
    public static final Skipped NONE = new Skipped(Map.of(), Map.of());
    /** The name under which names beyond {@link Limits#MAX_SKIPPED_NAMES} are counted. */
    public static final String OTHERS = "(others)";

    public Skipped {
        eventTypes = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(eventTypes, "eventTypes")));
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields, "fields")));
    }

    /** Events skipped, all types together. */
    public long events() {
        return eventTypes.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Field occurrences skipped, all names together. */
    public long fieldCount() {
        return fields.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean isEmpty() {
        return eventTypes.isEmpty() && fields.isEmpty();
    }
}
