package io.sockscope.sessions.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Send;
import io.sockscope.model.source.Subscription;
import io.sockscope.sessions.SessionFormatException;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.SessionIndex;
import io.sockscope.sessions.SessionReader;
import io.sockscope.sessions.SessionWriter;
import io.sockscope.sessions.WriterOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class FileStoreTest {
    @TempDir
    Path dir;

    static List<Event> events(int n) {
        List<Event> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Bind(i, i * 1000L, "s" + (i % 7), "127.0.0.1:" + (1000 + i)));
        }
        return out;
    }

    private Path write(String name, List<Event> events) throws Exception {
        Path f = dir.resolve(name);
        try (SessionWriter w = SessionWriter.open(f, SessionHeader.create("store", "", "en"), WriterOptions.defaults())) {
            events.forEach(w);
        }
        return f;
    }

    @Test
    void readsAnyRangeOfALongFileBackFromDisk() throws Exception {
        List<Event> all = events(5 * FileStore.PAGE * FileStore.PAGES / 2 + 17);
        try (FileStore store = FileStore.open(write("long.sockscope", all))) {
            assertEquals(all.size(), store.size());
            Random random = new Random(7);
            for (int i = 0; i < 200; i++) {
                int from = random.nextInt(all.size());
                int count = random.nextInt(3000);
                assertEquals(all.subList(from, Math.min(all.size(), from + count)), store.read(from, count), "from " + from);
            }
            assertEquals(all.get(all.size() - 1), store.get(all.size() - 1));
            assertEquals(List.of(), store.read(all.size(), 10));
        }
    }

    @Test
    void followsAFileWhileItIsWrittenCountingOnlyFinishedLines() throws Exception {
        List<Event> all = events(3000);
        byte[] whole = Files.readAllBytes(write("whole.sockscope", all));
        Path growing = dir.resolve("growing.sockscope");
        int headerEnd = indexOf(whole, (byte) '\n', 0) + 1;
        int cut = nthNewline(whole, headerEnd, 1000) + 1;
        // the header, a thousand events and half of the next line
        Files.write(growing, Arrays.copyOfRange(whole, 0, cut + 20));
        try (FileStore store = FileStore.open(growing)) {
            assertEquals(1000, store.size());
            assertTrue(store.droppedTail().isPresent(), "the half line is not an event yet");
            List<Long> heard = new CopyOnWriteArrayList<>();
            try (Subscription s = store.onGrowth(heard::add)) {
                Files.write(growing, Arrays.copyOfRange(whole, cut + 20, whole.length), StandardOpenOption.APPEND);
                assertEquals(2000, store.refresh());
                assertEquals(List.of(3000L), heard);
                assertEquals(0, store.refresh(), "nothing new");
            }
            assertEquals(all, store.read(0, 5000));
            assertTrue(store.droppedTail().isEmpty());
        }
    }

    /** Sends of 0 to 40 bytes (every base64 padding), each payload kept whole. */
    static List<Event> sends(int n) {
        List<Event> out = new ArrayList<>(n);
        Random random = new Random(11);
        for (int i = 0; i < n; i++) {
            byte[] b = new byte[i % 41];
            random.nextBytes(b);
            out.add(new Send(i, i * 1000L, "s1", b.length, b.length, Payload.of(b, b.length)));
        }
        return out;
    }

    @Test
    void growingPlacesPayloadLinesAndPagesReadTheirBytesWhole() throws Exception {
        List<Event> all = sends(400);
        byte[] whole = Files.readAllBytes(write("sends.sockscope", all));
        Path growing = dir.resolve("growing-sends.sockscope");
        int cut = nthNewline(whole, indexOf(whole, (byte) '\n', 0) + 1, 50) + 1;
        Files.write(growing, Arrays.copyOfRange(whole, 0, cut));
        try (FileStore store = FileStore.open(growing)) {
            Files.write(growing, Arrays.copyOfRange(whole, cut, whole.length), StandardOpenOption.APPEND);
            assertEquals(350, store.refresh());
            assertEquals(all, store.read(0, 400), "every payload's bytes, read back from the file");
        }
    }

    /** Appends to {@code f} a copy of one of its send lines whose payload's base64 holds a character outside its alphabet. */
    private static void appendDamagedPayload(Path f) throws Exception {
        String line = new String(Files.readAllBytes(f), StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("\"send\"") && l.matches(".*\"[A-Za-z0-9+/]{8,}=*\".*")).findFirst().orElseThrow();
        String bad = line.replaceFirst("\"([A-Za-z0-9+/]{4})[A-Za-z0-9+/]([A-Za-z0-9+/]{3,}=*)\"", "\"$1*$2\"");
        assertTrue(!bad.equals(line) && bad.length() == line.length(), bad);
        Files.write(f, (bad + "\n").getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
    }

    @Test
    void anIndexFollowingAFilePlacesItsLinesAndReadingThemBackDecodes() throws Exception {
        Path f = write("followed.sockscope", sends(10));
        appendDamagedPayload(f);
        SessionIndex followed = SessionIndex.following(f);
        assertEquals(0, followed.size(), "lines are placed as they are needed");
        assertEquals(4, followed.growTo(4));
        assertEquals(4, followed.size());
        try (SessionReader r = followed.openAt(3)) {
            assertEquals(sends(10).subList(3, 10), List.of(r.next(), r.next(), r.next(), r.next(), r.next(), r.next(), r.next()));
        }
        assertEquals(7, followed.grow());
        assertEquals(11, followed.size());
        try (SessionReader r = followed.openAt(9)) {
            assertEquals(sends(10).get(9), r.next(), "events read back keep their payloads");
            org.junit.jupiter.api.Assertions.assertThrows(SessionFormatException.class, r::next);
        }
        org.junit.jupiter.api.Assertions.assertThrows(SessionFormatException.class, () -> SessionIndex.build(f),
                "a file opened, not followed, is checked whole");
    }

    @Test
    void growingMeasuresPayloadsWithoutDecodingThemAndTheirPageSaysWhatIsWrong() throws Exception {
        List<Event> first = sends(10);
        Path f = write("damaged.sockscope", first);
        try (FileStore store = FileStore.open(f)) {
            appendDamagedPayload(f); // after the index was built
            assertEquals(1, store.refresh(), "the line is counted and placed; its payload is not decoded");
            StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, () -> store.get(10));
            assertTrue(e.getMessage().startsWith("cannot read back "), e.getMessage());
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void followerThreadPicksUpWhatTheLiveWriterFlushes() throws Exception {
        Path f = dir.resolve("live.sockscope");
        List<Event> all = events(500);
        try (SessionWriter w = SessionWriter.open(f, SessionHeader.create("live", "", "en"), WriterOptions.defaults())) {
            all.subList(0, 100).forEach(w);
            waitFor(() -> Files.size(f) > 0 && lines(f) >= 101);
            try (FileStore store = FileStore.open(f)) {
                long first = store.size();
                CopyOnWriteArrayList<Long> heard = new CopyOnWriteArrayList<>();
                store.onGrowth(heard::add);
                store.follow(Duration.ofMillis(10));
                all.subList(100, 500).forEach(w);
                waitFor(() -> !heard.isEmpty() && heard.get(heard.size() - 1) == 500L); // listeners hear after the index grew
                assertTrue(first <= 100);
                assertEquals(500, store.size());
                assertEquals(all, store.read(0, 500));
            }
        }
    }

    private static long lines(Path f) throws Exception {
        return new String(Files.readAllBytes(f), StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private static void waitFor(Check c) throws Exception {
        while (!c.ok()) {
            Thread.sleep(5);
        }
    }

    private static int indexOf(byte[] b, byte x, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    private static int nthNewline(byte[] b, int from, int n) {
        int at = from - 1;
        for (int i = 0; i < n; i++) {
            at = indexOf(b, (byte) '\n', at + 1);
        }
        return at;
    }
}
