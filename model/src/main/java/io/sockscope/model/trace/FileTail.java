package io.sockscope.model.trace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Follows strace's output file as it grows. strace writes each call's start as the call enters
 * the kernel and its end as it returns, so a line left unfinished for a while is a call that is
 * waiting in the kernel; it is reported once through {@code pending}.
 */
final class FileTail {
    private static final long POLL_MS = 5;
    private static final long PENDING_NANOS = 20_000_000L;

    private FileTail() {
    }

    /** Reads {@code file} until {@code ended} is true and nothing is left, handing every line to {@code lines}. */
    static void follow(Path file, BooleanSupplier ended, Consumer<String> lines, Consumer<String> pending)
            throws IOException, InterruptedException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            StringBuilder partial = new StringBuilder();
            long pos = 0;
            long partialSince = 0;
            boolean reported = false;
            while (true) {
                boolean done = ended.getAsBoolean(); // read after: nothing written before the end is missed
                int n = ch.read(buf, pos);
                if (n > 0) {
                    pos += n;
                    buf.flip();
                    partial.append(StandardCharsets.ISO_8859_1.decode(buf));
                    buf.clear();
                    int nl;
                    while ((nl = partial.indexOf("\n")) >= 0) {
                        lines.accept(partial.substring(0, nl));
                        partial.delete(0, nl + 1);
                        reported = false;
                    }
                    partialSince = System.nanoTime();
                    continue;
                }
                if (done) {
                    if (partial.length() > 0) {
                        lines.accept(partial.toString());
                    }
                    return;
                }
                if (partial.length() > 0 && !reported && System.nanoTime() - partialSince > PENDING_NANOS) {
                    reported = true;
                    pending.accept(partial.toString());
                }
                Thread.sleep(POLL_MS);
            }
        }
    }
}
