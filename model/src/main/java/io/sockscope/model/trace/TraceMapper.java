package io.sockscope.model.trace;

import io.sockscope.model.event.Block;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Wake;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.source.Stamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns strace lines, in the order strace wrote them, into session events: keeps every traced
 * process's descriptor table (fork copies it, exec drops close-on-exec descriptors, exit closes
 * the rest), joins unfinished and resumed halves, and draws a call that sleeps in the kernel as
 * a block and a wake. The calls themselves are mapped by {@link SocketCalls} and {@link SelectCalls}.
 */
public final class TraceMapper {
    private final TraceSink sink;
    private final String lang;
    final AddressBook addresses;
    final int payloadCap;
    private final Map<Integer, Integer> tgidOf = new HashMap<>();
    final Map<Integer, TraceProcess> processes = new LinkedHashMap<>();
    private final Map<Integer, StraceLine> unfinished = new HashMap<>();
    private final Map<Integer, String[]> blocked = new HashMap<>();
    private final Map<Integer, List<StraceLine>> orphans = new LinkedHashMap<>();
    private final SocketCalls calls = new SocketCalls(this);
    private final SelectCalls selects = new SelectCalls(this);
    private final Lifelines lifelines = new Lifelines(this);
    private final QueueProbe queues;
    private StepCaptions captions = StepCaptions.NONE;
    private int nextId = 1;
    private long micros = -1;
    /** The thread whose line is being mapped: a lifeline a call shows is in that thread's group. */
    private int tid;

    TraceMapper(TraceSink sink, AddressBook addresses, int payloadCap, String lang) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.payloadCap = payloadCap;
        this.lang = Objects.requireNonNull(lang, "lang");
        this.queues = new QueueProbe(addresses.procNet());
    }

    /** Emits the socket's kernel queues if they changed since its last sample (live traces only). */
    void sample(Descriptor d) {
        if (d.id == null) {
            return;
        }
        QueueProbe.Sample q = queues.changed(d.socket);
        if (q != null) {
            String id = d.id;
            int acceptQ = d.socket.listening ? q.recvQ() : -1;
            int backlog = d.socket.listening ? d.socket.backlog : -1;
            out(d.process, EventType.QUEUES, (seq, t) -> new io.sockscope.model.event.Queues(seq, t, id,
                    d.socket.listening ? 0 : q.sendQ(), d.socket.listening ? 0 : q.recvQ(), acceptQ, backlog, -1, -1, q.source()));
        }
    }

    /** Captions to show step by step as the program reaches each step's call. */
    void captions(StepCaptions c) {
        this.captions = Objects.requireNonNull(c, "captions");
    }

    /** A process known from the start ({@code --pid}) with its threads; its program name is read from /proc. */
    void attach(int pid, String program, java.util.Collection<Integer> threads) {
        processes.computeIfAbsent(pid, p -> new TraceProcess(p, program));
        tgidOf.put(pid, pid);
        threads.forEach(tid -> tgidOf.put(tid, pid));
    }

    /** Maps one complete line. */
    public void line(StraceLine l) {
        tid = l.pid();
        if (l.micros() >= 0) {
            micros = l.micros();
        }
        if (l.kind() == StraceLine.Kind.OTHER || l.kind() == StraceLine.Kind.SIGNAL) {
            return;
        }
        if (!tgidOf.containsKey(l.pid())) {
            if (!processes.isEmpty()) {
                orphans.computeIfAbsent(l.pid(), k -> new ArrayList<>()).add(l);
                return;
            }
            processes.put(l.pid(), new TraceProcess(l.pid(), "pid"));
            tgidOf.put(l.pid(), l.pid());
        }
        switch (l.kind()) {
            case EXITED, KILLED -> exited(l.pid());
            case UNFINISHED -> {
                unfinished.put(l.pid(), l);
                if (!l.name().startsWith("send") && !l.name().startsWith("write")) {
                    maybeBlock(l); // strace splits a send that another task interrupted, not only one that sleeps
                }
            }
            case RESUMED -> {
                StraceLine entry = unfinished.remove(l.pid());
                String args = entry == null ? l.args() : entry.args() + l.args();
                StraceLine whole = new StraceLine(l.pid(), l.micros(), StraceLine.Kind.CALL, l.name(), args, l.result(), l.text());
                finished(whole);
            }
            default -> finished(l);
        }
    }

    /** A call strace has begun printing and not finished: it is waiting in the kernel now. */
    public void pending(StraceLine entry) {
        if (tgidOf.containsKey(entry.pid()) && !blocked.containsKey(entry.pid())) {
            tid = entry.pid();
            maybeBlock(entry);
        }
    }

    /** Ends the trace: lines of processes whose fork was never seen are mapped as processes of their own. */
    public void finish() {
        for (Map.Entry<Integer, List<StraceLine>> e : new ArrayList<>(orphans.entrySet())) {
            orphans.remove(e.getKey());
            processes.put(e.getKey(), new TraceProcess(e.getKey(), "pid"));
            tgidOf.put(e.getKey(), e.getKey());
            e.getValue().forEach(this::line);
        }
    }

    private void finished(StraceLine l) {
        TraceProcess p = process(l.pid());
        Result r = l.parsedResult();
        String[] b = blocked.get(l.pid());
        if (b != null && !r.restarted()) {
            blocked.remove(l.pid());
            out(p, EventType.WAKE, (seq, t) -> new Wake(seq, t, b[0], b[1], b[2]));
        }
        if (r.restarted()) {
            return; // the kernel restarts the call: it is still waiting
        }
        switch (l.name()) {
            case "clone", "clone3", "fork", "vfork" -> forked(l, r);
            case "execve", "execveat" -> executed(p, l, r);
            case "select", "pselect6", "_newselect", "poll", "ppoll", "epoll_create", "epoll_create1", "epoll_ctl",
                    "epoll_wait", "epoll_pwait", "epoll_pwait2" -> selects.call(p, l, r);
            default -> calls.call(p, l, r);
        }
    }

    private void maybeBlock(StraceLine entry) {
        TraceProcess p = process(entry.pid());
        String[] what = blockable(p, entry);
        if (what != null && blocked.putIfAbsent(entry.pid(), what) == null) {
            out(p, EventType.BLOCK, (seq, t) -> new Block(seq, t, what[0], what[1], what[2]));
        }
    }

    /** {socket, call, thread} when the entry is a call that sleeps on a blocking socket, else null. */
    private String[] blockable(TraceProcess p, StraceLine entry) {
        String call = SocketCalls.callName(entry.name());
        List<String> args = Args.split(entry.args());
        if (args.isEmpty()) {
            return null;
        }
        String thread = thread(entry.pid(), p);
        if (SelectCalls.waits(entry.name())) {
            String id = selects.selectorFor(p, entry.name(), args.get(0));
            return id == null ? null : new String[] {id, "select", thread};
        }
        if (call == null || !List.of("accept", "connect", "recv", "recvfrom", "send", "sendto").contains(call)) {
            return null;
        }
        Descriptor d = descriptor(p, args.get(0));
        if (d == null || d.socket.nonBlocking) {
            return null;
        }
        return new String[] {show(d), call, thread};
    }

    private static String thread(int tid, TraceProcess p) {
        return tid == p.pid ? "main" : "thread " + tid;
    }

    private void forked(StraceLine l, Result r) {
        if (r.failed() || r.value() <= 0) {
            return;
        }
        int child = (int) r.value();
        int parentTgid = tgidOf.get(l.pid());
        if (l.args().contains("CLONE_THREAD")) {
            tgidOf.put(child, parentTgid);
        } else {
            TraceProcess parent = processes.get(parentTgid);
            TraceProcess kid = new TraceProcess(child, parent.program);
            processes.put(child, kid);
            tgidOf.put(child, child);
            List<String> fds = new ArrayList<>();
            for (Descriptor d : parent.fds.values()) {
                Descriptor copy = new Descriptor(kid, d.fd, d.socket, d.closeOnExec);
                d.socket.holders.add(copy);
                kid.fds.put(d.fd, copy);
                fds.add(Integer.toString(d.fd));
            }
            if (!fds.isEmpty() && !l.name().equals("vfork")) {
                note(parent, Texts.fork(parent.label(), kid.label(), String.join(", ", fds)));
            }
        }
        List<StraceLine> waiting = orphans.remove(child);
        if (waiting != null) {
            waiting.forEach(this::line);
        }
    }

    private void executed(TraceProcess p, StraceLine l, Result r) {
        if (r.failed()) {
            return;
        }
        p.program = Programs.name(Args.split(l.args()));
        for (Descriptor d : new ArrayList<>(p.fds.values())) {
            if (d.closeOnExec) {
                release(d);
            }
        }
    }

    private void exited(int tid) {
        Integer tgid = tgidOf.get(tid);
        if (tgid == null || tgid != tid) {
            return; // a thread ended; its process goes on
        }
        TraceProcess p = processes.get(tgid);
        boolean had = p.fds.values().stream().anyMatch(d -> d.id != null);
        for (Descriptor d : new ArrayList<>(p.fds.values())) {
            release(d);
        }
        if (had) {
            note(p, Texts.exited(p.label()));
        }
    }

    /** The descriptor goes away by exec or exit; the socket closes with its last descriptor. */
    void release(Descriptor d) {
        release(d, false);
    }

    /** As {@link #release(Descriptor)}; {@code explicit}: the program called close(), which always shows. */
    void release(Descriptor d, boolean explicit) {
        lifelines.release(d, explicit);
    }

    TraceProcess process(int tid) {
        return processes.get(tgidOf.get(tid));
    }

    /** The descriptor named by argument {@code arg} ({@code 3<TCP:[...]>}); a socket first seen now is adopted. */
    Descriptor descriptor(TraceProcess p, String arg) {
        long fd = Args.leadingNumber(arg);
        if (fd < 0) {
            return null;
        }
        Descriptor d = p.fds.get((int) fd);
        FdTag tag = FdTag.ofArg(arg);
        if (d == null && tag.socket()) {
            TraceSocket s = new TraceSocket(tag.proto(), tag.family());
            d = adopt(p, (int) fd, s, false);
        }
        if (d != null && tag.socket()) {
            learn(d.socket, tag);
            if (d.socket.pendingConnect != null && !d.socket.local.isEmpty()) {
                flushConnect(d.socket);
            }
        }
        return d;
    }

    static void flushConnect(TraceSocket s) {
        Runnable r = s.pendingConnect;
        s.pendingConnect = null;
        if (r != null) {
            r.run();
        }
    }

    Descriptor adopt(TraceProcess p, int fd, TraceSocket s, boolean cloexec) {
        Descriptor old = p.fds.get(fd);
        if (old != null) {
            release(old);
        }
        Descriptor d = new Descriptor(p, fd, s, cloexec);
        s.holders.add(d);
        p.fds.put(fd, d);
        return d;
    }

    static void learn(TraceSocket s, FdTag tag) {
        if (tag.inode() >= 0) {
            s.inode = tag.inode();
        }
        if (!tag.local().isEmpty() && !s.datagram() || !tag.local().isEmpty() && s.local.isEmpty()) {
            s.local = tag.local();
        }
        if (!tag.remote().isEmpty()) {
            s.remote = tag.remote();
        }
    }

    /** The thread making the current call when it is one of {@code p}'s, else {@code p}'s main thread. */
    int threadOf(TraceProcess p) {
        Integer group = tgidOf.get(tid);
        return group != null && group == p.pid ? tid : p.pid;
    }

    /** The descriptor's lifeline in the group of the thread making the current call, opening it the first time. */
    String show(Descriptor d) {
        return lifelines.show(d);
    }

    String newId() {
        return "s" + nextId++;
    }

    void note(TraceProcess p, Caption text) {
        String shown = text.in(lang);
        out(p, EventType.NOTE, (seq, t) -> new Note(seq, t, shown, lang, 0));
    }

    /** Emits one event, after the caption of the step it begins, if any. */
    void out(TraceProcess p, EventType type, Stamp stamp) {
        Caption step = captions.next(p.program, type);
        if (step != null) {
            int n = captions.stepNumber();
            String shown = step.in(lang);
            sink.emit(micros, (seq, t) -> new Note(seq, t, shown, lang, n));
        }
        sink.emit(micros, stamp);
    }
}
