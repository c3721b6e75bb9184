package io.sockscope.app.diagram.layout;

import java.util.Locale;

/** Normalises socket address strings so both ends of a connection compare equal. */
final class Addresses {
    private Addresses() {
    }

    /** {@code /127.0.0.1:5000}, {@code localhost/127.0.0.1:5000}, {@code [::ffff:127.0.0.1]:5000} → {@code 127.0.0.1:5000}. */
    static String norm(String a) {
        if (a == null || a.isEmpty()) {
            return "";
        }
        String s = a.trim().toLowerCase(Locale.ROOT);
        int slash = s.indexOf('/');
        if (slash >= 0 && slash < s.lastIndexOf(':') && !s.startsWith("/")) {
            s = s.substring(slash + 1);
        } else if (s.startsWith("/") && s.indexOf(':') > 0 && s.indexOf('/', 1) < 0) {
            s = s.substring(1); // "/127.0.0.1:5000" (InetSocketAddress.toString), not a path
        }
        s = s.replace("[::ffff:", "[").replace("::ffff:", "");
        if (s.startsWith("[") && s.indexOf(']') > 0) {
            String host = s.substring(1, s.indexOf(']'));
            if (host.indexOf(':') < 0) {
                s = host + s.substring(s.indexOf(']') + 1);
            }
        }
        return s;
    }

    /** The port part of an IP address, or "" for paths. */
    static String port(String normed) {
        int c = normed.lastIndexOf(':');
        if (c < 0 || normed.startsWith("/")) {
            return "";
        }
        return normed.substring(c + 1);
    }

    /** True for a wildcard (any-address) host such as {@code 0.0.0.0} or {@code [::]}. */
    static boolean wildcard(String normed) {
        return normed.startsWith("0.0.0.0:") || normed.startsWith("[::]:") || normed.startsWith("*:")
                || normed.startsWith("[0:0:0:0:0:0:0:0]:");
    }
}
