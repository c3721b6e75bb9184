package io.sockscope.model.trace;

import io.sockscope.model.event.Family;
import io.sockscope.model.event.Proto;

/**
 * What {@code strace -yy} says about a descriptor: {@code TCP:[127.0.0.1:5000->127.0.0.1:40130]},
 * {@code UDP:[84400]}, {@code UNIX-STREAM:[84387,"/tmp/s"]}; anything else is not a socket.
 *
 * @param type   TCP, TCPv6, UDP, UDPv6, UNIX-STREAM, UNIX-DGRAM..., or "" for a non-socket
 * @param inode  the socket's inode, or -1 when the annotation shows addresses instead
 * @param local  the local address ("" when not shown)
 * @param remote the peer's address ("" when not connected or not shown)
 */
record FdTag(String type, long inode, String local, String remote) {
    static final FdTag NONE = new FdTag("", -1, "", "");

    /** Parses the text between '<' and '>' of an annotation. */
    static FdTag parse(String tag) {
        int colon = tag.indexOf(":[");
        if (colon < 0 || !tag.endsWith("]")) {
            return NONE;
        }
        String type = tag.substring(0, colon);
        if (!type.matches("TCP|TCPv6|UDP|UDPv6|UDPLITE|UDPLITEv6|UNIX(-[A-Z]+)?")) {
            return NONE;
        }
        String body = tag.substring(colon + 2, tag.length() - 1);
        if (type.startsWith("UNIX")) {
            return unix(type, body);
        }
        if (body.matches("\\d+")) {
            return new FdTag(type, Long.parseLong(body), "", "");
        }
        int arrow = body.indexOf("->");
        return arrow < 0 ? new FdTag(type, -1, body, "")
                : new FdTag(type, -1, body.substring(0, arrow), body.substring(arrow + 2));
    }

    private static FdTag unix(String type, String body) {
        int comma = body.indexOf(",\"");
        String path = comma < 0 ? "" : Args.text(body.substring(comma + 1));
        String ids = comma < 0 ? body : body.substring(0, comma);
        int arrow = ids.indexOf("->");
        long inode = Args.leadingNumber(arrow < 0 ? ids : ids.substring(0, arrow));
        return new FdTag(type, inode, path, "");
    }

    /** The tag of a descriptor argument {@code 3<TCP:[...]>}, or {@link #NONE}. */
    static FdTag ofArg(String arg) {
        int open = arg.indexOf('<');
        if (open < 0) {
            return NONE;
        }
        return parse(arg.substring(open + 1, Args.tagEnd(arg, open)));
    }

    boolean socket() {
        return !type.isEmpty();
    }

    Proto proto() {
        return type.startsWith("UNIX") ? Proto.UNIX : type.startsWith("UDP") ? Proto.UDP : Proto.TCP;
    }

    Family family() {
        return type.startsWith("UNIX") ? Family.UNIX : type.endsWith("v6") ? Family.INET6 : Family.INET;
    }
}
