package io.sockscope.model.engine;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A socket option the engine sets, with the type of its value: buffer sizes and SO_LINGER
 * seconds are {@code Integer}, SO_RCVTIMEO milliseconds a {@code Long}, the switches
 * {@code Boolean}. {@link #BLOCKING} is the channel's blocking mode, kept by the engine. The
 * {@code option} event records {@link #name()} and the value as text, as before.
 *
 * @param <T> the value's type
 */
public final class EngineOption<T> {
    public static final EngineOption<Integer> SO_SNDBUF = new EngineOption<>("SO_SNDBUF", Integer.class);
    public static final EngineOption<Integer> SO_RCVBUF = new EngineOption<>("SO_RCVBUF", Integer.class);
    /** Seconds to linger on close, -1 off. */
    public static final EngineOption<Integer> SO_LINGER = new EngineOption<>("SO_LINGER", Integer.class);
    public static final EngineOption<Boolean> TCP_NODELAY = new EngineOption<>("TCP_NODELAY", Boolean.class);
    public static final EngineOption<Boolean> SO_REUSEADDR = new EngineOption<>("SO_REUSEADDR", Boolean.class);
    /** Milliseconds a blocking call waits, 0 for ever. */
    public static final EngineOption<Long> SO_RCVTIMEO = new EngineOption<>("SO_RCVTIMEO", Long.class);
    /** The channel's blocking mode: true blocks (the default), false makes every call return at once. */
    public static final EngineOption<Boolean> BLOCKING = new EngineOption<>("BLOCKING", Boolean.class);

    private static final List<EngineOption<?>> ALL = List.of(SO_SNDBUF, SO_RCVBUF, SO_LINGER, TCP_NODELAY,
            SO_REUSEADDR, SO_RCVTIMEO, BLOCKING);

    private final String name;
    private final Class<T> type;

    private EngineOption(String name, Class<T> type) {
        this.name = name;
        this.type = type;
    }

    /** Every option, in the order menus list them. */
    public static List<EngineOption<?>> all() {
        return ALL;
    }

    /** The option called {@code name} (any case, spaces around ignored). */
    public static Optional<EngineOption<?>> named(String name) {
        String n = Objects.requireNonNull(name, "name").trim().toUpperCase(Locale.ROOT);
        return ALL.stream().filter(o -> o.name.equals(n)).findFirst();
    }

    /** Its name as the {@code option} event records it, e.g. {@code SO_RCVBUF}. */
    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    /**
     * The value written {@code text}: a whole number for the sizes and times; for the switches
     * {@code true}/{@code false}, {@code 1}/{@code 0} or {@code on}/{@code off}.
     *
     * @throws IllegalArgumentException when {@code text} is not a value of this option
     */
    public T parse(String text) {
        String v = Objects.requireNonNull(text, "text").trim();
        try {
            if (type == Integer.class) {
                return type.cast(Integer.valueOf(v));
            }
            if (type == Long.class) {
                return type.cast(Long.valueOf(v));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a whole number, not \"" + text + "\"", e);
        }
        String x = v.toLowerCase(Locale.ROOT);
        if (x.equals("true") || x.equals("1") || x.equals("on")) {
            return type.cast(Boolean.TRUE);
        }
        if (x.equals("false") || x.equals("0") || x.equals("off")) {
            return type.cast(Boolean.FALSE);
        }
        throw new IllegalArgumentException(name + " takes true or false, not \"" + text + "\"");
    }

    @Override
    public String toString() {
        return name;
    }
}
