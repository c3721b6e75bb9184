package io.sockscope.model.internal;

import io.sockscope.model.event.Family;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;

/**
 * Address strings as events show them: {@code 127.0.0.1:5000}, {@code [::1]:5000}, a path for
 * Unix sockets, "" for none. Parsing accepts those forms plus {@code localhost:P}, {@code :P}
 * and a bare port, which mean loopback.
 */
final class Addresses {
    private Addresses() {
    }

    static String format(SocketAddress a) {
        if (a == null) {
            return "";
        }
        if (a instanceof UnixDomainSocketAddress u) {
            return u.getPath().toString();
        }
        if (a instanceof InetSocketAddress i && i.getAddress() != null) {
            return host(i.getAddress()) + ":" + i.getPort();
        }
        return a.toString();
    }

    static String host(InetAddress a) {
        if (a instanceof Inet4Address) {
            return a.getHostAddress();
        }
        Inet6Address v6 = (Inet6Address) a;
        byte[] b = v6.getAddress();
        boolean mapped = true;
        for (int i = 0; i < 10; i++) {
            mapped &= b[i] == 0;
        }
        if (mapped && b[10] == (byte) 0xff && b[11] == (byte) 0xff) {
            return (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff);
        }
        String scope = v6.getScopeId() != 0 ? "%" + v6.getScopeId() : "";
        return "[" + compress(b) + scope + "]";
    }

    /** RFC 5952 text: lower case, longest run of two or more zero groups as "::". */
    static String compress(byte[] b) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestAt = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestAt = i;
                bestLen = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestAt) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }

    /** Parses an internet address; an empty host or "localhost" is the loopback of {@code family}. */
    static InetSocketAddress parseInet(String text, Family family) throws UnknownHostException {
        String s = text.trim();
        String hostPart;
        String portPart;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("missing ] in " + text);
            }
            hostPart = s.substring(1, close);
            portPart = s.length() > close + 1 && s.charAt(close + 1) == ':' ? s.substring(close + 2) : "0";
        } else {
            int colon = s.lastIndexOf(':');
            hostPart = colon < 0 ? "" : s.substring(0, colon);
            portPart = colon < 0 ? s : s.substring(colon + 1);
        }
        int port;
        try {
            port = portPart.isEmpty() ? 0 : Integer.parseInt(portPart);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port number: " + portPart + " in " + text, e);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        return new InetSocketAddress(hostAddress(hostPart, family), port);
    }

    private static InetAddress hostAddress(String host, Family family) throws UnknownHostException {
        if (host.isEmpty() || host.equalsIgnoreCase("localhost")) {
            return InetAddress.getByName(family == Family.INET6 ? "::1" : "127.0.0.1");
        }
        return InetAddress.getByName(host);
    }
}
