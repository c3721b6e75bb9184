package io.sockscope.model.internal;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.channels.Channel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real descriptor numbers and socket inodes. The number comes from the JDK's
 * {@code sun.nio.ch.SelChImpl.getFDVal()} by reflection, which works when the JVM runs with
 * {@code --add-exports java.base/sun.nio.ch=ALL-UNNAMED}; otherwise fds are -1.
 */
final class Fds {
    private static final System.Logger LOG = System.getLogger(Fds.class.getName());
    private static final Method GET_FD = lookup();

    private Fds() {
    }

    private static Method lookup() {
        try {
            return Class.forName("sun.nio.ch.SelChImpl").getMethod("getFDVal");
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "descriptor numbers unavailable (" + e + "); events show fd -1");
            return null;
        }
    }

    private static volatile boolean warned;

    /** The channel's descriptor number, or -1. */
    static int fd(Channel ch) {
        if (GET_FD == null) {
            return -1;
        }
        try {
            return (Integer) GET_FD.invoke(ch);
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (!warned) {
                warned = true;
                LOG.log(System.Logger.Level.INFO, "descriptor numbers unavailable: run the JVM with "
                        + "--add-exports java.base/sun.nio.ch=ALL-UNNAMED (" + e + "); events show fd -1");
            }
            return -1;
        }
    }

    /** The socket inode from {@code /proc/self/fd/N} ({@code socket:[inode]}), or 0 if unknown. */
    static long inode(int fd) {
        if (fd < 0) {
            return 0;
        }
        try {
            String link = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            if (link.startsWith("socket:[") && link.endsWith("]")) {
                return Long.parseLong(link.substring(8, link.length() - 1));
            }
            return 0;
        } catch (IOException | UnsupportedOperationException | NumberFormatException e) {
            LOG.log(System.Logger.Level.DEBUG, "no inode for fd " + fd + ": " + e);
            return 0;
        }
    }
}
