package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Block;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.Register;
import io.sockscope.model.event.Select;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.SendTo;
import io.sockscope.model.event.Shutdown;
import io.sockscope.model.event.Wake;
import java.util.Locale;

/** Short call captions drawn beside an event's dot, written like the call: {@code recv 100/1024}. */
public final class EventText {
    private EventText() {
    }

    public static String of(Event e) {
        return switch (e.type()) {
            case OPEN -> "socket() " + ((Open) e).proto().name().toLowerCase(Locale.ROOT);
            case BIND -> "bind " + ((Bind) e).local();
            case LISTEN -> "listen backlog " + ((Listen) e).backlog();
            case CONNECT -> {
                Connect c = (Connect) e;
                yield "connect → " + c.remote() + (c.state().name().equals("IN_PROGRESS") ? " (in progress)" : "");
            }
            case ACCEPT -> "accept → " + ((Accept) e).child();
            case SEND -> "send " + ((Send) e).done() + "/" + ((Send) e).requested();
            case RECV -> ((Recv) e).done() < 0 ? "recv → EOF" : "recv " + ((Recv) e).done() + "/" + ((Recv) e).requested();
            case SENDTO -> "sendto " + ((SendTo) e).done() + " → " + ((SendTo) e).peer();
            case RECVFROM -> "recvfrom " + ((RecvFrom) e).done() + " ← " + ((RecvFrom) e).peer();
            case SHUTDOWN -> "shutdown " + ((Shutdown) e).how().name().toLowerCase(Locale.ROOT);
            case CLOSE -> ((Close) e).abortive() ? "close (linger 0: RST)" : "close";
            case BLOCK -> ((Block) e).call() + " blocks [" + ((Block) e).thread() + "]";
            case WAKE -> ((Wake) e).call() + " wakes [" + ((Wake) e).thread() + "]";
            case REGISTER -> "register " + ops(((Register) e).interest()) + " with " + ((Register) e).selector();
            case SELECT -> "select → " + ((Select) e).selected() + " ready";
            case QUEUES -> "queues";
            case STATE -> {
                io.sockscope.model.event.StateChange st = (io.sockscope.model.event.StateChange) e;
                yield "tcp " + st.state().name() + (st.open() ? "" : " (after close)");
            }
            case OPTION -> {
                OptionSet o = (OptionSet) e;
                String shown = o.reported().isEmpty() ? o.asked() : o.reported();
                yield o.name() + " = " + o.asked() + (o.kernel().isEmpty() || o.kernel().equals(shown) ? "" : " (kernel " + o.kernel() + ")");
            }
            case ERROR -> {
                Failure f = (Failure) e;
                yield f.call() + " ✗ " + f.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            }
            case NOTE -> ((Note) e).text();
        };
    }

    private static String ops(String ops) {
        return ops.isEmpty() ? "–" : ops;
    }
}
