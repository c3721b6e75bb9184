package io.sockscope.app.cli;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.Send;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.SessionWriter;
import io.sockscope.sessions.WriterOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Session files for CLI tests, good and broken, written through the real writer where good. */
final class SampleSessions {
    /** A small hand-made session: 9 events, sockets s1..s3 and a selector s4, lasting 8 ms. */
    static final List<Event> EVENTS = List.of(
            new Note(0, 0, "A server and a client", "en", 1),
            new Open(1, 1_000_000, "s1", Proto.TCP, Family.INET, 7, "server"),
            new Bind(2, 2_000_000, "s1", "127.0.0.1:5000"),
            new Listen(3, 3_000_000, "s1", 50),
            new Open(4, 4_000_000, "s2", Proto.TCP, Family.INET, 8, "client"),
            new Connect(5, 5_000_000, "s2", "127.0.0.1:40000", "127.0.0.1:5000", ConnectState.CONNECTED),
            new Accept(6, 6_000_000, "s1", "s3", 9, "127.0.0.1:5000", "127.0.0.1:40000"),
            new Send(7, 7_000_000, "s2", 5, 5, Payload.of("hello".getBytes(StandardCharsets.US_ASCII), 5)),
            new Open(8, 8_000_000, "s4", Proto.SELECTOR, Family.NONE, 10, "server"));

    private SampleSessions() {
    }

    static Path write(Path file, boolean gzip) throws IOException {
        try (SessionWriter w = SessionWriter.open(file, SessionHeader.create("Sample", "", "en"),
                new WriterOptions(WriterOptions.DEFAULT_PAYLOAD_CAP, gzip))) {
            EVENTS.forEach(w);
        }
        return file;
    }

    /** The first {@code n} bytes of a gzip-compressed good session: the stream ends mid-way. */
    static Path truncatedGzip(Path dir) throws IOException {
        Path plain = write(dir.resolve("whole.sockscope"), false);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(Files.readAllBytes(plain));
        }
        byte[] bytes = zipped.toByteArray();
        return Files.write(dir.resolve("cut.sockscope.gz"), Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** A good header line with its version replaced. */
    static String headerLine(int version) throws IOException {
        Path tmp = Files.createTempFile("sockscope-header", ".sockscope");
        try {
            SessionWriter.open(tmp, SessionHeader.create("Sample", "", "en"), WriterOptions.defaults()).close();
            String line = Files.readAllLines(tmp, StandardCharsets.UTF_8).get(0);
            String now = "\"version\":" + SessionHeader.VERSION + ",";
            String replaced = line.replace(now, "\"version\":" + version + ",");
            if (version != SessionHeader.VERSION && replaced.equals(line)) {
                throw new IllegalStateException("header has no " + now + " to replace: " + line);
            }
            return replaced;
        } finally {
            Files.delete(tmp);
        }
    }
}
