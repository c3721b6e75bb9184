package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Block;
import io.sockscope.model.event.Close;
import io.sockscope.app.diagram.layout.Words;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ConnectState;
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

/**
 * Short call captions drawn beside an event's dot, written like the call: {@code recv 100/1024}.
 * Call names, numbers and addresses stay as they are; the words around them follow the reader's
 * language through {@link Words} (keys {@code canvas.*}).
 */
public final class EventText {
    private EventText() {
    }

    /** The caption in English. */
    public static String of(Event e) {
        return of(e, Words.ENGLISH);
    }

    /** The caption with its words in the language of {@code w}; a note gives its text as it is. */
    public static String of(Event e, Words w) {
        return switch (e.type()) {
            case OPEN -> ((Open) e).copyOf().isEmpty() ? "socket() " + lower(((Open) e).proto())
                    : w.get("canvas.copyOf", "copy of {0} (fork, dup)", ((Open) e).copyOf());
            case BIND -> "bind " + ((Bind) e).local();
            case LISTEN -> w.get("canvas.listen", "listen backlog {0}", ((Listen) e).backlog());
            case CONNECT -> {
                Connect c = (Connect) e;
                yield c.state() == ConnectState.IN_PROGRESS
                        ? w.get("canvas.connectInProgress", "connect → {0} (in progress)", c.remote())
                        : "connect → " + c.remote();
            }
            case ACCEPT -> "accept → " + ((Accept) e).child();
            case SEND -> "send " + ((Send) e).done() + "/" + ((Send) e).requested();
            case RECV -> ((Recv) e).done() < 0 ? "recv → EOF" : "recv " + ((Recv) e).done() + "/" + ((Recv) e).requested();
            case SENDTO -> "sendto " + ((SendTo) e).done() + " → " + ((SendTo) e).peer();
            case RECVFROM -> "recvfrom " + ((RecvFrom) e).done() + " ← " + ((RecvFrom) e).peer();
            case SHUTDOWN -> "shutdown " + w.get("canvas.how." + ((Shutdown) e).how().name(), lower(((Shutdown) e).how()));
            case CLOSE -> ((Close) e).abortive() ? w.get("canvas.closeRst", "close (linger 0: RST)") : "close";
            case BLOCK -> w.get("canvas.blocks", "{0} blocks [{1}]", ((Block) e).call(), ((Block) e).thread());
            case WAKE -> w.get("canvas.wakes", "{0} wakes [{1}]", ((Wake) e).call(), ((Wake) e).thread());
            case REGISTER -> w.get("canvas.register", "register {0} with {1}", ops(((Register) e).interest()), ((Register) e).selector());
            case SELECT -> w.get("canvas.select", "select → {0} ready", ((Select) e).selected());
            case QUEUES -> w.get("canvas.queues", "queues");
            case STATE -> {
                io.sockscope.model.event.StateChange st = (io.sockscope.model.event.StateChange) e;
                yield "tcp " + st.state().name() + (st.open() ? "" : " " + w.get("canvas.afterClose", "(after close)"));
            }
            case OPTION -> {
                OptionSet o = (OptionSet) e;
                String shown = o.reported().isEmpty() ? o.asked() : o.reported();
                yield o.kernel().isEmpty() || o.kernel().equals(shown) ? o.name() + " = " + o.asked()
                        : w.get("canvas.optionKernel", "{0} = {1} (kernel {2})", o.name(), o.asked(), o.kernel());
            }
            case ERROR -> {
                Failure f = (Failure) e;
                yield f.call() + " ✗ " + w.get("canvas.error." + f.kind().name(), lower(f.kind()));
            }
            case NOTE -> ((Note) e).text();
        };
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String ops(String ops) {
        return ops.isEmpty() ? "–" : ops;
    }
}
