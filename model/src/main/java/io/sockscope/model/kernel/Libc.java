package io.sockscope.model.kernel;

import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;

/**
 * The C library calls that read a socket's figures from its descriptor, bound once with
 * JNA's direct mapping (a plain native method each: no reflection or boxing per call).
 */
final class Libc {
    static {
        Native.register(Platform.C_LIBRARY_NAME);
    }

    private Libc() {
    }

    /** {@code ioctl(fd, request, &value)}: 0 or -1. */
    static native int ioctl(int fd, NativeLong request, int[] value);

    /** {@code getsockname(fd, address, &length)}: 0 or -1. */
    static native int getsockname(int fd, byte[] address, int[] length);

    /** {@code getsockopt(fd, level, name, value, &length)}: 0 or -1. */
    static native int getsockopt(int fd, int level, int name, byte[] value, int[] length);

    /** The same with native memory: {@code value} and {@code length} are addresses. */
    static native int getsockopt(int fd, int level, int name, long value, long length);
}
