package io.sockscope.sessions.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sockscope.model.event.Event;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.SessionWriter;
import io.sockscope.sessions.WriterOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class TailStoreTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aLiveSessionKeepsOnlyItsRecentPastInMemoryAndReadsTheRestFromTheAutosave() throws Exception {
        Path f = dir.resolve("live.sockscope");
        List<Event> all = FileStoreTest.events(20_000);
        try (TailStore store = new TailStore(f, 500, Duration.ofMillis(5))) {
            try (SessionWriter w = SessionWriter.open(f, SessionHeader.create("live", "", "en"), WriterOptions.defaults())) {
                for (int from = 0; from < all.size(); from += 1000) {
                    List<Event> batch = all.subList(from, from + 1000);
                    batch.forEach(w);        // the engine's events go to the autosave...
                    store.append(batch);     // ...and to the window
                    assertEquals(from + 1000, store.size());
                }
            }
            long seq = all.size();
            while (store.inMemory() > 5000) { // the follower reads the file; the next batch lets go of what it holds
                Thread.sleep(5);
                store.append(List.of(new io.sockscope.model.event.Bind(seq, seq * 1000L, "s1", "127.0.0.1:1")));
                seq++;
            }
            List<Event> read = store.read(0, (int) store.size());
            assertEquals(all, read.subList(0, all.size()), "every event reads back, old ones from the file");
            assertEquals(all.get(3), store.get(3));
            assertEquals(seq, store.size());
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void withoutAnAutosaveEveryEventStaysInMemory() {
        List<Event> all = FileStoreTest.events(3000);
        try (TailStore store = new TailStore(dir.resolve("never-written.sockscope"), 10, Duration.ofMillis(5))) {
            store.append(all);
            assertEquals(3000, store.inMemory());
            assertEquals(all, store.read(0, 3000));
        }
    }
}
