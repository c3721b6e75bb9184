package io.sockscope.sessions;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.QueueSource;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.Send;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;

/**
 * Child process for {@link SessionWriterCrashTest}: records events to {@code args[0]} about once a
 * millisecond, forever, and prints each seq to stdout after the writer accepted it. No notes
 * (they flush at once), so only the timed flush keeps the file current.
 */
public final class CrashRecorder {
    private CrashRecorder() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        SessionWriter w = SessionWriter.open(Path.of(args[0]), SessionHeader.create("crash", "", "en"), WriterOptions.defaults());
        byte[] data = new byte[64];
        long start = System.nanoTime();
        for (long seq = 0; ; seq++) {
            long t = System.nanoTime() - start;
            data[(int) (seq % 64)]++;
            Event e = seq % 10 == 9
                    ? new Queues(seq, t, "s1", (int) seq, 0, -1, -1, 8192, 131072, QueueSource.KERNEL)
                    : new Send(seq, t, "s1", 64, 64, Payload.of(data, 64));
            w.accept(e);
            if (w.failure().isPresent()) {
                w.failure().get().printStackTrace();
                System.exit(3);
            }
            out.println(seq);
            LockSupport.parkNanos(1_000_000);
        }
    }
}
