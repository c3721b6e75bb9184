package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.SendTo;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Builds a {@link SocketSnapshot} by replaying one socket's events up to a moment. */
final class Snapshots {
    private Snapshots() {
    }

    static SocketSnapshot at(Lifeline line, SocketHistory history, long seq, int row) {
        Map<String, OptionValue> options = new TreeMap<>();
        long sent = 0;
        long received = 0;
        boolean blocking = true;
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        for (Event e : history.events) {
            if (e.seq() > seq) {
                break;
            }
            switch (e.type()) {
                case SEND -> sent += Math.max(0, ((Send) e).done());
                case RECV -> received += Math.max(0, ((Recv) e).done());
                case SENDTO -> sent += Math.max(0, ((SendTo) e).done());
                case RECVFROM -> received += Math.max(0, ((RecvFrom) e).done());
                case REGISTER -> {
                    io.sockscope.model.event.Register r = (io.sockscope.model.event.Register) e;
                    if (r.selector().equals(line.socket())) {
                        keys.add(r.socket());
                    } else {
                        blocking = false;
                    }
                }
                case SELECT -> {
                    keys.clear(); // what the selector reported holds: closed channels have left it
                    ((io.sockscope.model.event.Select) e).keys().forEach(k -> keys.add(k.socket()));
                }
                case CONNECT -> blocking &= ((io.sockscope.model.event.Connect) e).state() != ConnectState.IN_PROGRESS;
                case ERROR -> blocking &= ((Failure) e).kind() != ErrorKind.WOULD_BLOCK;
                case OPTION -> {
                    OptionSet o = (OptionSet) e;
                    options.put(o.name(), new OptionValue(o.asked(), o.reported(), o.kernel()));
                    if (o.name().toLowerCase(Locale.ROOT).contains("blocking")) {
                        blocking = Boolean.parseBoolean(o.reported().isEmpty() ? o.asked() : o.reported());
                    }
                }
                default -> {
                }
            }
        }
        HeadState head = history.headAt(row);
        return new SocketSnapshot(line.socket(), line.fd(), line.proto(), line.family(), line.owner(),
                head.local(), head.remote(), head.state(), options, history.queueAt(row),
                sent, received, blocking, keys.size(), history.kernelStateAt(row));
    }
}
