package io.sockscope.model.internal;

import io.sockscope.model.engine.EngineOption;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.OptionSet;
import java.io.IOException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.channels.IllegalBlockingModeException;
import java.util.Locale;
import java.util.Map;

/**
 * setsockopt(). Buffer sizes are reported three ways: asked, what Java's getOption says, and
 * what the kernel holds (Linux doubles the request and Java halves it back). SO_RCVTIMEO and
 * BLOCKING are kept by the engine (the descriptor stays non-blocking), so their kernel value is "".
 */
final class Options {
    private static final System.Logger LOG = System.getLogger(Options.class.getName());
    private static final boolean LINUX = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    private final Core core;

    Options(Core core) {
        this.core = core;
    }

    Event set(Sock s, EngineOption<?> option, Object value) throws IOException {
        String n = option.name();
        if (option == EngineOption.SO_SNDBUF) {
            return setInt(s, n, StandardSocketOptions.SO_SNDBUF, (Integer) value, true);
        } else if (option == EngineOption.SO_RCVBUF) {
            return setInt(s, n, StandardSocketOptions.SO_RCVBUF, (Integer) value, true);
        } else if (option == EngineOption.SO_LINGER) {
            return setInt(s, n, StandardSocketOptions.SO_LINGER, (Integer) value, false);
        } else if (option == EngineOption.TCP_NODELAY) {
            return setBool(s, n, StandardSocketOptions.TCP_NODELAY, (Boolean) value);
        } else if (option == EngineOption.SO_REUSEADDR) {
            return setBool(s, n, StandardSocketOptions.SO_REUSEADDR, (Boolean) value);
        } else if (option == EngineOption.SO_RCVTIMEO) {
            long ms = (Long) value;
            if (ms < 0) {
                return core.fail(s.id, "setOption", ErrorKind.ILLEGAL_STATE, "SO_RCVTIMEO must be >= 0 ms");
            }
            s.timeoutMs = ms;
            return emit(s, n, Long.toString(ms), Long.toString(ms), "");
        } else if (option == EngineOption.BLOCKING) {
            boolean b = (Boolean) value;
            if (b && !s.selectors.isEmpty()) {
                throw new IllegalBlockingModeException();
            }
            s.blocking = b;
            return emit(s, n, Boolean.toString(b), Boolean.toString(b), "");
        }
        throw new IllegalArgumentException("no such option: " + option);
    }

    private Event setInt(Sock s, String n, SocketOption<Integer> opt, int v, boolean buffer) throws IOException {
        s.channel.setOption(opt, v);
        s.options.put(opt, v);
        int reported = s.channel.getOption(opt);
        String kernel = buffer ? (LINUX ? Integer.toString(reported * 2) : "") : Integer.toString(reported);
        return emit(s, n, Integer.toString(v), Integer.toString(reported), kernel);
    }

    private Event setBool(Sock s, String n, SocketOption<Boolean> opt, boolean v) throws IOException {
        s.channel.setOption(opt, v);
        s.options.put(opt, v);
        String reported = Boolean.toString(s.channel.getOption(opt));
        return emit(s, n, Boolean.toString(v), reported, reported);
    }

    private Event emit(Sock s, String n, String asked, String reported, String kernel) {
        return core.hub.emit((seq, t) -> new OptionSet(seq, t, s.id, n, asked, reported, kernel));
    }

    /** After listen swapped the channel: set again what the server channel supports. */
    void reapply(Sock s) {
        for (Map.Entry<SocketOption<?>, Object> e : s.options.entrySet()) {
            if (s.channel.supportedOptions().contains(e.getKey())) {
                put(s, e.getKey(), e.getValue());
            }
        }
    }

    /** An accepted socket gets what the kernel would copy from the listener, which the server channel could not hold. */
    void inherit(Sock server, Sock child) {
        for (Map.Entry<SocketOption<?>, Object> e : server.options.entrySet()) {
            if (!server.channel.supportedOptions().contains(e.getKey())) {
                put(child, e.getKey(), e.getValue());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void put(Sock s, SocketOption<?> opt, Object value) {
        try {
            s.channel.setOption((SocketOption<Object>) opt, value);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not set " + opt + " on " + s.id, e);
        }
    }

    /** SO_SNDBUF / SO_RCVBUF as the kernel holds them, -1 if unknown. */
    static int kernelBuffer(Sock s, SocketOption<Integer> opt) {
        try {
            if (!s.channel.supportedOptions().contains(opt)) {
                return -1;
            }
            int v = s.channel.getOption(opt);
            return LINUX ? v * 2 : v;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
