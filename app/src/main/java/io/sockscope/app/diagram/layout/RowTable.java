package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The fold's rows in primitive arrays (seq, time, type, socket number: 21 bytes a row), of
 * which only rows {@code [held from, held to]} are kept: a bounded fold lets older rows go
 * ({@link #dropBefore}) and a region fold keeps none past its last row. Every row still counts,
 * so row numbers are those of the whole session. {@link #list()} hands out {@link Row}s on
 * demand; asking for a row not held is an error that names the rows held.
 */
final class RowTable {
    private static final EventType[] TYPES = EventType.values();

    private final LongFunction<Event> events;
    private final Map<String, Integer> socketIds = new HashMap<>();
    /** Socket of each number (null: free again, see {@link #dropBefore}). */
    private final List<String> sockets = new ArrayList<>();
    /** Numbers free again. */
    private int[] free = new int[16];
    private int frees;
    private long[] seq = new long[256];
    private long[] t = new long[256];
    private byte[] type = new byte[256];
    private int[] socket = new int[256];
    /** Row number of slot 0. */
    private int base;
    /** Rows held (from slot 0). */
    private int held;
    /** Rows counted, held or not. */
    private int count;
    private int last = Integer.MAX_VALUE;

    RowTable(LongFunction<Event> events) {
        this.events = events;
    }

    /** Rows after {@code row} are counted but not kept (a region fold's end). */
    void keepUpTo(int row) {
        last = row;
    }

    void add(Event e) {
        int row = count++;
        if (row < base || row > last) {
            return;
        }
        if (held == 0) {
            base = row;
        }
        if (held == seq.length) {
            int n = held * 2;
            seq = Arrays.copyOf(seq, n);
            t = Arrays.copyOf(t, n);
            type = Arrays.copyOf(type, n);
            socket = Arrays.copyOf(socket, n);
        }
        seq[held] = e.seq();
        t[held] = e.t();
        type[held] = (byte) e.type().ordinal();
        socket[held] = e.socket() == null ? -1 : socketIds.computeIfAbsent(e.socket(), this::number);
        held++;
    }

    private int number(String s) {
        if (frees > 0) {
            int n = free[--frees];
            sockets.set(n, s);
            return n;
        }
        sockets.add(s);
        return sockets.size() - 1;
    }

    /** Numbers no held row has are free for other sockets: the table keeps only the sockets of its rows. */
    private void freeNumbers() {
        boolean[] used = new boolean[sockets.size()];
        for (int i = 0; i < held; i++) {
            if (socket[i] >= 0) {
                used[socket[i]] = true;
            }
        }
        for (int n = 0; n < used.length; n++) {
            String s = sockets.get(n);
            if (!used[n] && s != null) {
                socketIds.remove(s);
                sockets.set(n, null);
                if (frees == free.length) {
                    free = Arrays.copyOf(free, frees * 2);
                }
                free[frees++] = n;
            }
        }
    }

    /** Number of sockets the table holds a number for (tests). */
    int sockets() {
        return socketIds.size();
    }

    /** Lets the rows before {@code row} go (rows still to come before it are not kept either). */
    void dropBefore(int row) {
        if (row <= base) {
            return;
        }
        int drop = Math.min(held, row - base);
        System.arraycopy(seq, drop, seq, 0, held - drop);
        System.arraycopy(t, drop, t, 0, held - drop);
        System.arraycopy(type, drop, type, 0, held - drop);
        System.arraycopy(socket, drop, socket, 0, held - drop);
        held -= drop;
        base = row;
        int cap = Math.max(256, Integer.highestOneBit(Math.max(1, held)) * 2);
        if (seq.length > cap * 2) {
            seq = Arrays.copyOf(seq, cap);
            t = Arrays.copyOf(t, cap);
            type = Arrays.copyOf(type, cap);
            socket = Arrays.copyOf(socket, cap);
        }
        freeNumbers();
    }

    int count() {
        return count;
    }

    /** First row held (the row count when none is held yet). */
    int heldFrom() {
        return held == 0 ? Math.max(base, count) : base;
    }

    int held() {
        return held;
    }

    boolean holds(int row) {
        return row >= base && row < base + held;
    }

    Row get(int row) {
        if (!holds(row)) {
            throw new IndexOutOfBoundsException("row " + row + " is not held (rows " + base + ".." + (base + held - 1)
                    + " of " + count + " are)");
        }
        int i = row - base;
        return new Row(row, seq[i], t[i], TYPES[type[i]], socket[i] < 0 ? null : sockets.get(socket[i]), events);
    }

    /** The rows as a list of the whole session's length (only held rows can be read). */
    List<Row> list() {
        return new AbstractList<>() {
            @Override
            public Row get(int index) {
                return RowTable.this.get(index);
            }

            @Override
            public int size() {
                return count;
            }
        };
    }
}
