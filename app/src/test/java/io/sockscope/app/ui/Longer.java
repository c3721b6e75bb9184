package io.sockscope.app.ui;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.SessionWriter;
import io.sockscope.sessions.WriterOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Session files for the tests of opening: a long session of a server, clients it accepts and
 * data both ways, and that session damaged in the ways a file gets damaged.
 */
final class Longer {
    private Longer() {
    }

    /** Writes a session of about {@code n} events to {@code file}. */
    static Path write(Path file, int n) throws Exception {
        return write(file, n, WriterOptions.defaults());
    }

    private static Path write(Path file, int n, WriterOptions options) throws Exception {
        try (SessionWriter w = SessionWriter.open(file, SessionHeader.create("longer", "", "en"), options)) {
            events(n).forEach(w);
        }
        return file;
    }

    /**
     * {@code damage}: {@code bad-line} (the third event line is not JSON), {@code bad-line-late}
     * (the same of a line after more than two batches of events),
     * {@code cut-gzip} (a gzip file cut in its middle), {@code cut-tail} (the last line cut in
     * half, as a crash while writing leaves it).
     */
    static Path damaged(Path dir, String damage) throws Exception {
        int n = 3 * ReadAhead.BATCH;
        switch (damage) {
            case "bad-line", "bad-line-late" -> {
                Path file = write(dir.resolve(damage + ".sockscope"), n);
                List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
                int at = damage.equals("bad-line") ? 3 : lines.size() - 100;
                lines.set(at, lines.get(at).substring(0, lines.get(at).length() / 2) + "]");
                Files.write(file, lines, StandardCharsets.UTF_8);
                return file;
            }
            case "cut-gzip" -> {
                Path file = write(dir.resolve("cut.sockscope"), n, new WriterOptions(WriterOptions.DEFAULT_PAYLOAD_CAP, true));
                byte[] all = Files.readAllBytes(file);
                Files.write(file, Arrays.copyOf(all, all.length * 3 / 4));
                return file;
            }
            case "cut-tail" -> {
                Path file = write(dir.resolve("tail.sockscope"), n);
                byte[] all = Files.readAllBytes(file);
                Files.write(file, Arrays.copyOf(all, all.length - 20));
                return file;
            }
            default -> throw new IllegalArgumentException("no such damage: " + damage);
        }
    }

    private static List<Event> events(int n) {
        List<Event> out = new ArrayList<>(n);
        byte[] data = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        Payload p = Payload.of(data, data.length);
        out.add(new Open(0, 0, "s0", Proto.TCP, Family.INET, 4, "server"));
        int clients = 0;
        long t = 1;
        while (out.size() < n) {
            int seq = out.size();
            String client = "c" + clients;
            String child = "a" + clients;
            out.add(new Open(seq, t++, client, Proto.TCP, Family.INET, 5 + clients, "client"));
            out.add(new Accept(seq + 1, t++, "s0", child, 100 + clients, "127.0.0.1:5000", "127.0.0.1:" + (40000 + clients)));
            for (int i = 0; i < 40; i++) {
                int s = out.size();
                out.add(i % 2 == 0 ? new Send(s, t++, client, 16, 16, p) : new Recv(s, t++, child, 16, 16, p));
            }
            out.add(new Close(out.size(), t++, client, false));
            out.add(new Close(out.size(), t++, child, false));
            clients++;
        }
        return out;
    }
}
