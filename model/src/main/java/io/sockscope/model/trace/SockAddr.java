package io.sockscope.model.trace;

/** Socket addresses as strace prints them, written as events show them: {@code 127.0.0.1:5000}, {@code [::1]:5000}, a path. */
final class SockAddr {
    private SockAddr() {
    }

    /** The address in {@code {sa_family=AF_INET, sin_port=htons(5000), ...}}, or "" if none. */
    static String of(String struct) {
        String s = struct.strip();
        if (!s.startsWith("{")) {
            return "";
        }
        String family = Args.field(s, "sa_family");
        switch (family) {
            case "AF_INET" -> {
                String port = inParens(Args.field(s, "sin_port"));
                String host = Args.text(inParens(Args.field(s, "sin_addr")));
                return host.isEmpty() ? "" : host + ":" + port;
            }
            case "AF_INET6" -> {
                String port = inParens(Args.field(s, "sin6_port"));
                String host = "";
                for (String part : Args.split(s.substring(1, s.length() - 1))) {
                    if (part.startsWith("inet_pton(")) {
                        host = Args.text(Args.split(inParens(part)).get(1));
                    }
                }
                if (host.startsWith("::ffff:") && host.indexOf('.') > 0) {
                    return host.substring(7) + ":" + port;
                }
                return host.isEmpty() ? "" : "[" + host + "]:" + port;
            }
            case "AF_UNIX" -> {
                String path = Args.field(s, "sun_path");
                if (path.startsWith("@")) {
                    return "@" + Args.text(path.substring(1));
                }
                return Args.text(path);
            }
            default -> {
                return "";
            }
        }
    }

    private static String inParens(String s) {
        int open = s.indexOf('(');
        int close = s.lastIndexOf(')');
        return open < 0 || close < open ? s : s.substring(open + 1, close);
    }
}
