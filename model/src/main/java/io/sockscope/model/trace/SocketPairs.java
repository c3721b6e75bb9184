package io.sockscope.model.trace;

import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Proto;
import java.util.List;

/** Maps {@code socketpair}. */
final class SocketPairs {
    private SocketPairs() {
    }

    /**
     * {@code socketpair(AF_UNIX, SOCK_STREAM, 0, [3<UNIX-STREAM:[a->b]>, 4<...>])}: two sockets
     * connected to each other from the start. Each is drawn connected to the other; having no
     * path, they are named by their kernel inodes ({@code socketpair 15939}).
     */
    static void map(TraceMapper m, TraceProcess p, List<String> a, Result r) {
        List<String> fds = a.size() > 3 ? Args.items(a.get(3)) : List.of();
        if (r.failed() || fds.size() != 2) {
            return;
        }
        boolean dgram = a.get(1).startsWith("SOCK_DGRAM");
        Descriptor[] ends = new Descriptor[2];
        for (int i = 0; i < 2; i++) {
            TraceSocket s = new TraceSocket(Proto.UNIX, Family.UNIX);
            s.unixDatagram = dgram;
            TraceMapper.learn(s, FdTag.ofArg(fds.get(i)));
            s.local = "socketpair " + s.inode;
            ends[i] = m.adopt(p, (int) Args.leadingNumber(fds.get(i)), s, a.get(1).contains("SOCK_CLOEXEC"));
            m.show(ends[i]);
        }
        for (int i = 0; i < 2; i++) {
            TraceSocket s = ends[i].socket;
            s.remote = ends[1 - i].socket.local;
            String id = ends[i].id;
            String local = s.local;
            String remote = s.remote;
            m.out(p, EventType.CONNECT, (seq, t) -> new Connect(seq, t, id, local, remote, ConnectState.CONNECTED));
        }
    }
}
