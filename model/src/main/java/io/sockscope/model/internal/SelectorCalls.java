package io.sockscope.model.internal;

import io.sockscope.model.source.Stamp;
import io.sockscope.model.event.Block;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.Ops;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.Register;
import io.sockscope.model.event.Select;
import io.sockscope.model.event.Wake;
import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Selectors the program opens: register (or change interest), select, close. Each select
 * reports every registered key with its interest and ready ops, then clears the selected set.
 */
final class SelectorCalls {
    private final Core core;

    SelectorCalls(Core core) {
        this.core = core;
    }

    /** Opens the selector of an entry made at submission. */
    Event open(Sel sel) {
        core.lock.lock();
        try {
            sel.selector = Selector.open();
            return core.hub.emit((seq, t) -> new Open(seq, t, sel.id, Proto.SELECTOR, Family.NONE, -1, sel.owner));
        } catch (IOException e) {
            sel.closed = true;
            return core.fail(sel.id, "open", e);
        } finally {
            core.lock.unlock();
        }
    }

    /** Under the lock (called through withSock). */
    Event register(String selectorId, Sock s, int bits) throws IOException {
        Sel sel = core.sels.get(selectorId);
        if (sel == null || sel.closed || sel.selector == null) {
            return core.fail(s.id, "register", sel == null ? ErrorKind.ILLEGAL_STATE : ErrorKind.CLOSED,
                    sel == null ? "no selector " + selectorId : "selector " + selectorId + " is closed");
        }
        if (s.blocking) {
            return core.fail(s.id, "register", ErrorKind.ILLEGAL_STATE,
                    "IllegalBlockingModeException: set non-blocking first");
        }
        SelectionKey key = s.selectable().keyFor(sel.selector);
        if (key != null && key.isValid()) {
            key.interestOps(bits);
        } else {
            key = s.selectable().register(sel.selector, bits, s.id);
        }
        s.selectors.put(selectorId, sel);
        String interest = Ops.fromBits(key.interestOps());
        return core.hub.emit((seq, t) -> new Register(seq, t, s.id, selectorId, interest));
    }

    /** select(): timeout &lt; 0 is selectNow (engine thread), otherwise it may wait (worker thread). */
    Event select(String id, long timeoutMs) {
        Sel sel = core.sels.get(id);
        if (sel == null || sel.closed || sel.selector == null) {
            return core.missing(id, "select");
        }
        if (timeoutMs >= 0 && core.threads.isEngineThread()) {
            return core.fail(id, "select", ErrorKind.ILLEGAL_STATE, "a select that may wait cannot run on the engine thread");
        }
        if (!sel.selecting.compareAndSet(false, true)) {
            return core.fail(id, "select", ErrorKind.ILLEGAL_STATE, "another thread is already selecting on " + id);
        }
        try {
            return selectOnce(sel, id, timeoutMs);
        } finally {
            sel.selecting.set(false);
        }
    }

    private Event selectOnce(Sel sel, String id, long timeoutMs) {
        String thread = Thread.currentThread().getName();
        core.lock.lock();
        try {
            int n = sel.selector.selectNow();
            if (n > 0 || timeoutMs < 0) {
                return core.hub.emit(report(sel, timeoutMs));
            }
            core.hub.emit((seq, t) -> new Block(seq, t, id, "select", thread));
        } catch (IOException | RuntimeException e) {
            return core.fail(id, "select", e);
        } finally {
            core.lock.unlock();
        }
        Stamp out;
        try {
            sel.selector.select(timeoutMs);
            out = null;
        } catch (IOException | RuntimeException e) {
            out = Core.failure(id, "select", e);
        }
        core.lock.lock();
        try {
            core.hub.emit((seq, t) -> new Wake(seq, t, id, "select", thread));
            if (out == null && sel.closed) {
                out = Core.failure(id, "select", ErrorKind.CLOSED, "cut short: selector closed");
            }
            if (out == null) {
                try {
                    out = report(sel, timeoutMs);
                } catch (RuntimeException e) {
                    out = Core.failure(id, "select", e);
                }
            }
            return core.hub.emit(out);
        } finally {
            core.lock.unlock();
        }
    }

    /** The readiness table, then the selected-key set is cleared (as a select loop would). */
    private Stamp report(Sel sel, long timeoutMs) {
        Set<SelectionKey> selected = sel.selector.selectedKeys();
        List<KeyState> rows = new ArrayList<>();
        for (SelectionKey k : sel.selector.keys()) {
            if (!k.isValid()) {
                continue;
            }
            String ready = selected.contains(k) ? Ops.fromBits(k.readyOps()) : "";
            rows.add(new KeyState((String) k.attachment(), Ops.fromBits(k.interestOps()), ready));
        }
        rows.sort(Comparator.comparingInt(r -> Integer.parseInt(r.socket().substring(1))));
        int count = selected.size();
        selected.clear();
        return (seq, t) -> new Select(seq, t, sel.id, timeoutMs, count, rows);
    }

    Event close(String id) {
        core.lock.lock();
        try {
            Sel sel = core.sels.get(id);
            if (sel == null || sel.closed || sel.selector == null) {
                return core.missing(id, "close");
            }
            sel.closed = true;
            sel.selector.close();
            for (Sock s : core.socks.values()) {
                s.selectors.remove(id);
            }
            return core.hub.emit((seq, t) -> new Close(seq, t, id, false));
        } catch (IOException e) {
            return core.fail(id, "close", e);
        } finally {
            core.lock.unlock();
        }
    }
}
