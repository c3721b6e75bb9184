package io.sockscope.sessions.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sockscope.model.event.Event;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryStoreTest {
    @Test
    void appendedBatchesAreReadBackByRangeAndHeardOf() {
        List<Event> all = FileStoreTest.events(50);
        MemoryStore store = new MemoryStore(all.subList(0, 20));
        List<Long> heard = new ArrayList<>();
        store.onGrowth(heard::add);
        store.append(all.subList(20, 50));
        assertEquals(50, store.size());
        assertEquals(List.of(50L), heard);
        assertEquals(all.subList(45, 50), store.read(45, 100));
        assertEquals(all.get(7), store.get(7));
    }

    @Test
    void anEventOutOfSequenceIsRefused() {
        List<Event> all = FileStoreTest.events(5);
        MemoryStore store = new MemoryStore(all.subList(0, 2));
        assertThrows(IllegalArgumentException.class, () -> store.append(all.subList(3, 5)));
    }
}
