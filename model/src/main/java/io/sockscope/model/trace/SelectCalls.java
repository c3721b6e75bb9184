package io.sockscope.model.trace;

import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.Register;
import io.sockscope.model.event.Select;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps select, poll and epoll to the session's selector events. select() and poll() take their
 * descriptor sets anew on every call, so each process gets one selector lifeline ("select") on
 * which a set that changed shows as a register; an epoll instance is a descriptor of its own.
 */
final class SelectCalls {
    private final TraceMapper m;

    SelectCalls(TraceMapper m) {
        this.m = m;
    }

    static boolean waits(String syscall) {
        return switch (syscall) {
            case "select", "pselect6", "_newselect", "poll", "ppoll", "epoll_wait", "epoll_pwait", "epoll_pwait2" -> true;
            default -> false;
        };
    }

    /** The selector lifeline a waiting call is drawn on (opening it), or null. */
    String selectorFor(TraceProcess p, String syscall, String firstArg) {
        if (syscall.startsWith("epoll")) {
            Descriptor d = p.fds.get((int) Args.leadingNumber(firstArg));
            return d == null ? null : m.show(d);
        }
        return pseudo(p);
    }

    private String pseudo(TraceProcess p) {
        if (p.selector == null) {
            String id = m.newId();
            p.selector = id;
            m.out(p, EventType.OPEN, (seq, t) -> TraceEvents.open(seq, t, id, Proto.SELECTOR, Family.NONE, -1, p, ""));
        }
        return p.selector;
    }

    void call(TraceProcess p, StraceLine l, Result r) {
        List<String> a = Args.split(l.args());
        switch (l.name()) {
            case "epoll_create", "epoll_create1" -> {
                if (!r.failed() && r.value() >= 0) {
                    // shown once a socket is registered with it
                    m.adopt(p, (int) r.value(), new TraceSocket(Proto.SELECTOR, Family.NONE), a.contains("EPOLL_CLOEXEC"));
                }
            }
            case "epoll_ctl" -> epollCtl(p, a, r);
            case "epoll_wait", "epoll_pwait", "epoll_pwait2" -> epollWait(p, a, r);
            case "poll", "ppoll" -> poll(p, a, r, l.name().equals("ppoll"));
            default -> select(p, a, r, l.name().equals("pselect6"));
        }
    }

    private void select(TraceProcess p, List<String> a, Result r, boolean pselect) {
        if (r.failed() || a.size() < 5) {
            return;
        }
        Map<Descriptor, String> interest = new LinkedHashMap<>();
        for (String fd : Args.items(a.get(1))) {
            add(p, interest, fd, "R");
        }
        for (String fd : Args.items(a.get(2))) {
            add(p, interest, fd, "W");
        }
        if (interest.isEmpty()) {
            return;
        }
        Map<Integer, String> ready = new LinkedHashMap<>();
        String extra = r.extra();
        for (String part : Args.split(extra)) {
            String set = part.startsWith("in ") ? "R" : part.startsWith("out ") ? "W" : null;
            if (set != null) {
                for (String fd : Args.items(part.substring(part.indexOf('[')))) {
                    ready.merge((int) Args.leadingNumber(fd), set, SelectCalls::union);
                }
            }
        }
        emit(p, pseudo(p), interest, ready, timeout(a.get(4), pselect), (int) r.value());
    }

    private void poll(TraceProcess p, List<String> a, Result r, boolean ppoll) {
        if (r.failed() || a.size() < 3) {
            return;
        }
        Map<Descriptor, String> interest = new LinkedHashMap<>();
        for (String item : Args.items(a.get(0))) {
            String fd = Args.field(item, "fd");
            add(p, interest, fd, ops(Args.field(item, "events")));
        }
        if (interest.isEmpty()) {
            return;
        }
        Map<Integer, String> ready = new LinkedHashMap<>();
        String extra = r.extra();
        int open = extra.indexOf('[');
        if (open >= 0) {
            for (String item : Args.items(extra.substring(open, Args.closingBracket(extra, open) + 1))) {
                ready.merge((int) Args.leadingNumber(Args.field(item, "fd")), ops(Args.field(item, "revents")), SelectCalls::union);
            }
        }
        long timeout = ppoll ? timeout(a.get(2), true) : pollTimeout(Args.leadingNumber(a.get(2)));
        emit(p, pseudo(p), interest, ready, timeout, (int) r.value());
    }

    private void epollCtl(TraceProcess p, List<String> a, Result r) {
        if (r.failed() || a.size() < 3) {
            return;
        }
        Descriptor ep = p.fds.get((int) Args.leadingNumber(a.get(0)));
        Descriptor d = m.descriptor(p, a.get(2));
        if (ep == null || d == null || d.socket.proto == Proto.SELECTOR) {
            return;
        }
        String ops = a.get(1).equals("EPOLL_CTL_DEL") ? "" : ops(Args.field(a.size() > 3 ? a.get(3) : "", "events"));
        String interest = accept(d, ops);
        if (interest.isEmpty()) {
            ep.interest.remove(d.fd);
        } else {
            ep.interest.put(d.fd, interest);
        }
        String sel = m.show(ep);
        String id = m.show(d);
        m.out(p, EventType.REGISTER, (seq, t) -> new Register(seq, t, id, sel, interest));
    }

    private void epollWait(TraceProcess p, List<String> a, Result r) {
        if (r.failed() || a.size() < 4) {
            return;
        }
        Descriptor ep = p.fds.get((int) Args.leadingNumber(a.get(0)));
        if (ep == null || ep.id == null) {
            return;
        }
        Map<Integer, String> ready = new LinkedHashMap<>();
        for (String item : Args.items(a.get(1))) {
            long fd = Args.leadingNumber(Args.field(Args.field(item, "data"), "u32"));
            ready.merge((int) fd, ops(Args.field(item, "events")), SelectCalls::union);
        }
        List<KeyState> keys = new ArrayList<>();
        for (Map.Entry<Integer, String> e : ep.interest.entrySet()) {
            Descriptor d = p.fds.get(e.getKey());
            if (d != null && d.id != null) {
                keys.add(new KeyState(d.id, e.getValue(), accept(d, ready.getOrDefault(e.getKey(), ""))));
            }
        }
        long timeout = pollTimeout(Args.leadingNumber(a.get(3)));
        int selected = (int) r.value();
        String sel = ep.id;
        m.out(p, EventType.SELECT, (seq, t) -> new Select(seq, t, sel, timeout, selected, keys));
    }

    private void add(TraceProcess p, Map<Descriptor, String> interest, String fd, String ops) {
        Descriptor d = p.fds.get((int) Args.leadingNumber(fd));
        if (d != null && d.socket.proto != Proto.SELECTOR && !ops.isEmpty()) {
            interest.merge(d, ops, SelectCalls::union);
        }
    }

    private void emit(TraceProcess p, String sel, Map<Descriptor, String> interest, Map<Integer, String> ready,
                      long timeout, int selected) {
        List<KeyState> keys = new ArrayList<>();
        for (Map.Entry<Descriptor, String> e : interest.entrySet()) {
            Descriptor d = e.getKey();
            String id = m.show(d);
            String ops = accept(d, e.getValue());
            if (!ops.equals(p.selectInterest.get(id))) {
                p.selectInterest.put(id, ops);
                m.out(p, EventType.REGISTER, (seq, t) -> new Register(seq, t, id, sel, ops));
            }
            keys.add(new KeyState(id, ops, accept(d, ready.getOrDefault(d.fd, ""))));
        }
        m.out(p, EventType.SELECT, (seq, t) -> new Select(seq, t, sel, timeout, selected, keys));
    }

    /** On a listening socket "readable" means a connection waits: the accept op. */
    private static String accept(Descriptor d, String ops) {
        return d.socket.listening && ops.contains("R") ? ops.replace("R", "A") : ops;
    }

    private static String ops(String flags) {
        String o = "";
        if (flags.contains("POLLIN") || flags.contains("EPOLLIN")) {
            o += "R";
        }
        if (flags.contains("POLLOUT") || flags.contains("EPOLLOUT")) {
            o += "W";
        }
        return o;
    }

    private static String union(String a, String b) {
        StringBuilder sb = new StringBuilder();
        for (char c : "ACRW".toCharArray()) {
            if (a.indexOf(c) >= 0 || b.indexOf(c) >= 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** select's timeval (pselect's timespec) in ms: NULL waits for ever (0), zero polls (-1). */
    private static long timeout(String tv, boolean nanos) {
        if (tv.equals("NULL")) {
            return 0;
        }
        long sec = Args.leadingNumber(Args.field(tv, "tv_sec"));
        long frac = Args.leadingNumber(Args.field(tv, nanos ? "tv_nsec" : "tv_usec"));
        long ms = sec * 1000 + (nanos ? frac / 1_000_000 : frac / 1000);
        return sec == 0 && frac == 0 ? -1 : Math.max(1, ms);
    }

    private static long pollTimeout(long ms) {
        return ms < 0 ? 0 : ms == 0 ? -1 : ms;
    }
}
