package io.sockscope.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming path ({@link StreamedLine}) against the tree path ({@link Json#parseObject} and
 * {@link EventCodec#read}) line by line: whatever the streaming path reads, the tree path reads
 * to the same event, with nothing skipped; whatever the tree path refuses or skips from, the
 * streaming path hands back. Lines: every event line of the shipped samples (format 1.3 and
 * 1.4), of every sample event as this build writes it, hand-made bad lines, and seeded mutants
 * of all of them. One {@link StreamedLine} reads them all in turn, as a reader reads its lines
 * with one parser, and reads each as a new one reading it alone does.
 */
class StreamedLineTest {
    private static final Path SAMPLES = Path.of("..", "resources", "sessions");

    @TempDir
    Path dir;

    /** Reads every line of the test in turn, good and bad mixed, keeping its parser when it can. */
    private final StreamedLine shared = new StreamedLine();

    /** An event line and what the reader knows when it reaches it. */
    private record Context(byte[] line, int level, long previousSeq, long previousT) {
    }

    @Test
    @Timeout(300)
    void streamingReadsWhatTheTreeReadsAndNothingElse() throws Exception {
        List<Context> clean = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(SAMPLES, "*.sockscope")) {
            for (Path f : files) {
                clean.addAll(lines(f));
            }
        }
        clean.addAll(lines(RoundTripTest.write(dir.resolve("now.sockscope"), SampleEvents.all(), WriterOptions.defaults())));
        int streamed = 0;
        for (Context c : clean) {
            boolean question = new String(c.line(), StandardCharsets.UTF_8).contains("\"question\"");
            boolean taken = compare(c);
            if (taken == question) {
                fail((taken ? "a question was streamed: " : "a clean line was not streamed: ") + show(c.line()));
            }
            streamed += taken ? 1 : 0;
        }
        assertTrue(streamed > 1000, "streamed " + streamed);

        List<Context> bad = handMade(clean.get(clean.size() - 1));
        bad.forEach(this::compare);

        Random rnd = new Random(20261203L);
        List<Context> seeds = new ArrayList<>(clean);
        seeds.addAll(bad);
        for (int i = 0; i < 60_000; i++) {
            Context c = seeds.get(rnd.nextInt(seeds.size()));
            byte[] m = c.line();
            for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                m = FuzzTest.mutate(m, rnd);
            }
            compare(new Context(m, c.level(), c.previousSeq(), c.previousT()));
        }
    }

    /** True when the streaming path read the line; fails when it read it otherwise than the tree path. */
    private boolean compare(Context c) {
        EventCodec.Line fast = StreamedLine.read(c.line(), c.line().length, c.level(), c.previousSeq(), c.previousT(), 0);
        EventCodec.Line kept = shared.next(c.line(), c.line().length, c.level(), c.previousSeq(), c.previousT(), 0);
        assertEquals(fast, kept, () -> "a parser kept from the lines before read otherwise: " + show(c.line()));
        if (fast == null) {
            return false;
        }
        Skips skips = new Skips();
        EventCodec.Line tree;
        try {
            tree = EventCodec.read(Json.parseObject(c.line(), c.line().length), c.level(), c.previousSeq(), c.previousT(), 0, skips);
        } catch (LineException e) {
            throw new AssertionError("streamed a line the tree path refuses (" + e.getMessage() + "): " + show(c.line()), e);
        }
        assertEquals(new Skips().snapshot(), skips.snapshot(), () -> "skipped from " + show(c.line()));
        assertEquals(tree, fast, () -> "read from " + show(c.line()));
        return true;
    }

    /** Every event line of {@code f}, read with the tree path to know each line's context. */
    private static List<Context> lines(Path f) throws Exception {
        int level;
        try (SessionReader r = SessionReader.open(f)) {
            level = r.header().level();
        }
        List<Context> out = new ArrayList<>();
        long seq = -1;
        long t = 0;
        String[] text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n");
        for (String line : Arrays.copyOfRange(text, 1, text.length)) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            out.add(new Context(b, level, seq, t));
            EventCodec.Line read = EventCodec.read(Json.parseObject(b, b.length), level, seq, t, 0, new Skips());
            seq = read.seq();
            t = read.t();
        }
        return out;
    }

    /** Lines near the edges of what the tree path reads (most of them it refuses or skips from), as format 2.0 lines. */
    private static List<Context> handMade(Context at) {
        String[] lines = {
            "{\"dt\":1,\"type\":\"close\",\"socket\":\"s1\",\"socket\":\"s1\"}",
            "{\"dt\":1,\"type\":\"close\",\"type\":\"close\",\"socket\":\"s1\"}",
            "{\"dt\":1,\"dt\":1,\"type\":\"close\",\"socket\":\"s1\"}",
            "{\"dt\":1,\"t\":5,\"type\":\"close\",\"socket\":\"s1\"}",
            "{\"type\":\"close\",\"socket\":\"s1\"}",
            "{\"dt\":-1,\"type\":\"close\",\"socket\":\"s1\"}",
            "{\"dt\":1.0,\"type\":\"close\",\"socket\":\"s1\"}",
            "{\"dt\":9223372036854775807,\"type\":\"close\",\"socket\":\"s1\"}",
            "{\"dt\":1,\"seq\":-2,\"type\":\"close\",\"socket\":\"s1\"}",
            "{\"dt\":1,\"type\":\"close\",\"socket\":\"s1\",\"extra\":1}",
            "{\"dt\":1,\"type\":\"close\",\"socket\":\"s1\",\"abortive\":1}",
            "{\"dt\":1,\"type\":\"close\"}",
            "{\"dt\":1,\"type\":\"later\",\"socket\":\"s1\"}",
            "{\"dt\":1,\"type\":7,\"socket\":\"s1\"}",
            "{\"dt\":1,\"type\":\"close\",\"socket\":\"s1\"} {}",
            "{\"dt\":1,\"type\":\"close\",\"socket\":\"s1\"",
            "[{\"dt\":1,\"type\":\"close\",\"socket\":\"s1\"}]",
            "{\"dt\":1,\"type\":\"queues\",\"socket\":\"s1\",\"sendQ\":2147483648}",
            "{\"dt\":1,\"type\":\"queues\",\"socket\":\"s1\",\"sendQ\":-2}",
            "{\"dt\":1,\"type\":\"queues\",\"socket\":\"s1\",\"source\":\"guessed\"}",
            "{\"dt\":1,\"type\":\"send\",\"socket\":\"s1\",\"payload\":\"a!==\"}",
            "{\"dt\":1,\"type\":\"send\",\"socket\":\"s1\",\"payload\":{\"length\":1,\"base64\":\"aGkK\"}}",
            "{\"dt\":1,\"type\":\"send\",\"socket\":\"s1\",\"payload\":{\"length\":3,\"cut\":true,\"base64\":\"aGkK\"}}",
            "{\"dt\":1,\"type\":\"send\",\"socket\":\"s1\",\"payload\":{\"length\":9,\"length\":9,\"base64\":\"aGkK\"}}",
            "{\"dt\":1,\"type\":\"send\",\"socket\":\"s1\",\"payload\":{\"length\":9,\"base64\":\"aGkK\",\"x\":1}}",
            "{\"dt\":1,\"type\":\"send\",\"socket\":\"s1\",\"payload\":\"aGkK\",\"done\":4}",
            "{\"dt\":1,\"type\":\"select\",\"socket\":\"x1\",\"timeoutMs\":0,\"selected\":1,"
                    + "\"keys\":[{\"socket\":\"s1\",\"interest\":\"RA\",\"ready\":\"\"}]}",
            "{\"dt\":1,\"type\":\"select\",\"socket\":\"x1\",\"timeoutMs\":0,\"selected\":1,"
                    + "\"keys\":[{\"socket\":\"s1\",\"socket\":\"s1\",\"interest\":\"R\",\"ready\":\"\"}]}",
            "{\"dt\":1,\"type\":\"close\",\"socket\":\"" + "s".repeat(Limits.MAX_ID_CHARS + 1) + "\"}",
            "{\"dt\":1,\"type\":\"close\",\"socket\":\"s\\u0000\"}",
            "{\"dt\":1,\"type\":\"close\",\"socket\":\"s\u00e9\"}",
            " \t{\"dt\":1,\"type\":\"close\",\"socket\":\"s1\"} \t\r",
            "{\"dt\":1,\"type\":\"close\",\"socket\":\"s1\"} 1",
            "{\"dt\":1,\"type\":\"close\",\"socket\":\"s1\"}}",
            "{\"dt\":1,\"type\":\"close\",\"socket\":\"s1\"}" + " ".repeat(20_000),
            "{\"dt\":1,\"type\":\"close\",\"socket\":\"s1\"}" + " ".repeat(20_000) + "x",
            "{\"dt\":1,\"type\":\"send\",\"socket\":\"s1\",\"payload\":\"" + "QUFB".repeat(5_000) + "\"}",
        };
        List<Context> out = new ArrayList<>();
        for (String l : lines) {
            out.add(new Context(l.getBytes(StandardCharsets.UTF_8), at.level(), at.previousSeq(), at.previousT()));
        }
        byte[] overlong = "{\"dt\":1,\"type\":\"close\",\"socket\":\"s\u00c0\u00af\"}".getBytes(StandardCharsets.ISO_8859_1);
        out.add(new Context(overlong, at.level(), at.previousSeq(), at.previousT()));
        return out;
    }

    private static String show(byte[] line) {
        String s = new String(line, StandardCharsets.UTF_8);
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
