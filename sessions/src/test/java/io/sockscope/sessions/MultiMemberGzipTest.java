package io.sockscope.sessions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Event;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gzip sessions written as many gzip members, and seeks that start at the member holding the event. */
class MultiMemberGzipTest {
    /** About 3 MiB of text: a dozen members, ten checkpoints. */
    private static final int N = 10 * SessionIndex.STEP + 321;

    @TempDir
    Path dir;

    private List<Event> events;
    private Path plain;
    private Path gz;
    private byte[] text;

    @BeforeEach
    void writeBoth() throws Exception {
        events = TailAndLimitsTest.manyEvents(N);
        SessionHeader header = SessionHeader.create("members", "", "en");
        plain = write(dir.resolve("s.sockscope"), header, false);
        gz = write(dir.resolve("s.sockscope.gz"), header, true);
        text = Files.readAllBytes(plain);
    }

    private Path write(Path file, SessionHeader header, boolean gzip) throws Exception {
        try (SessionWriter w = SessionWriter.open(file, header, new WriterOptions(4096, gzip))) {
            events.forEach(w);
        }
        return file;
    }

    @Test
    void aLargeGzipSessionIsManyMembersEachEndingAtALineEnd() throws Exception {
        List<GzipScan.Member> members = GzipScan.members(Files.readAllBytes(gz));

        assertTrue(text.length > 10L * GzipMembers.MEMBER_BYTES, "the session is large enough: " + text.length);
        assertTrue(members.size() > 10, "members: " + members.size());
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (int i = 0; i < members.size(); i++) {
            byte[] t = members.get(i).text();
            assertEquals('\n', t[t.length - 1], "member " + i + " ends at a line end");
            if (i < members.size() - 1) {
                assertTrue(t.length >= GzipMembers.MEMBER_BYTES && t.length < GzipMembers.MEMBER_BYTES + 200,
                        "member " + i + " holds " + t.length + " bytes");
            }
            joined.write(t);
        }
        assertArrayEquals(text, joined.toByteArray());
    }

    @Test
    void gzipDashDGivesThePlainFileByteForByte() throws Exception {
        Assumptions.assumeTrue(onPath("gzip"), "needs gzip on the PATH");
        Path out = dir.resolve("unzipped");
        Process p = new ProcessBuilder("gzip", "-dc", gz.toString())
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "gzip finished");
        assertEquals(0, p.exitValue());
        assertArrayEquals(text, Files.readAllBytes(out));
    }

    @Test
    void everyEventReadsBackAsWritten() throws Exception {
        assertEquals(events, Sessions.readAll(gz).events());
        assertEquals(Sessions.readAll(plain).header(), Sessions.readAll(gz).header());
    }

    @Test
    void eachMarkNamesTheMemberThatHoldsItsLine() throws Exception {
        List<GzipScan.Member> members = GzipScan.members(Files.readAllBytes(gz));
        long[] fileStarts = new long[members.size()];
        long[] textStarts = new long[members.size() + 1];
        for (int i = 0; i < members.size(); i++) {
            fileStarts[i] = members.get(i).fileOffset();
            textStarts[i + 1] = textStarts[i] + members.get(i).text().length;
        }
        try (SessionReader r = SessionReader.open(gz)) {
            while (r.hasNext()) {
                r.next();
                SessionReader.Mark m = r.mark();
                int i = Arrays.binarySearch(textStarts, m.offset());
                int holder = i >= 0 ? i : -i - 2;
                assertEquals(new GzipMember(fileStarts[holder], textStarts[holder]), m.member(), "line " + m.line());
            }
        }
    }

    @Test
    void seeksLandOnTheRightEventInTheMultiMemberFile() throws Exception {
        assertSeeks(gz);
    }

    @Test
    void seeksLandOnTheRightEventInAnOldSingleMemberFile() throws Exception {
        Path old = dir.resolve("old.sockscope.gz");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(b)) {
            out.write(text);
        }
        Files.write(old, b.toByteArray());
        assertEquals(1, GzipScan.members(b.toByteArray()).size());

        assertSeeks(old);
    }

    @Test
    void aMultiMemberFileOpensAsAFileStoreAndASingleMemberOneIsReadIntoMemory() throws Exception {
        var opened = io.sockscope.sessions.store.OpenedSession.open(gz, bytes -> { });
        assertTrue(opened.store() instanceof io.sockscope.sessions.store.FileStore, "read back on demand");
        assertTrue(((io.sockscope.sessions.store.FileStore) opened.store()).longestInflate() <= 300 * 1024);
        assertEquals(events, opened.store().read(0, N));
        assertEquals(events.get(N - 5), opened.store().get(N - 5));
        Path old = dir.resolve("old.sockscope.gz");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(b)) {
            out.write(text);
        }
        Files.write(old, b.toByteArray());
        var single = io.sockscope.sessions.store.OpenedSession.open(old, bytes -> { });
        assertTrue(single.store() instanceof io.sockscope.sessions.store.MemoryStore, "a jump would inflate from the start");
        assertEquals(events, single.store().read(0, N));
    }

    @Test
    void seeksWorkWhenMembersSplitLines() throws Exception {
        // a concatenation of gzip files cut anywhere: members of 100 bytes, most lines straddle two
        Path odd = dir.resolve("odd.sockscope.gz");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int at = 0; at < text.length; at += 100) {
            try (GZIPOutputStream out = new GZIPOutputStream(b)) {
                out.write(text, at, Math.min(100, text.length - at));
            }
        }
        Files.write(odd, b.toByteArray());
        assertTrue(GzipScan.members(b.toByteArray()).size() > text.length / 100);

        assertSeeks(odd);
    }

    private void assertSeeks(Path file) throws Exception {
        SessionIndex index = SessionIndex.build(file);
        assertEquals(N, index.size());
        List<Long> seqs = new ArrayList<>(List.of(0L, 1L, (long) SessionIndex.STEP, (long) N - 1));
        Random rnd = new Random(15);
        for (int i = 0; i < 150; i++) {
            seqs.add((long) rnd.nextInt(N));
        }
        for (long seq : seqs) {
            try (SessionReader r = index.openAt(seq)) {
                assertEquals(events.get((int) seq), r.next(), "seek to " + seq);
                if (seq + 1 < N) {
                    assertEquals(events.get((int) seq + 1), r.next(), "the event after " + seq);
                }
            }
        }
        assertEquals(events.subList(N - 5, N), index.read(N - 5, 10));
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
