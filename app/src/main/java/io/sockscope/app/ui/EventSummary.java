package io.sockscope.app.ui;

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
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.Register;
import io.sockscope.model.event.Select;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.SendTo;
import io.sockscope.model.event.Shutdown;
import io.sockscope.model.event.Wake;
import java.util.Locale;

/** One line that says what an event did, for the event list. */
public final class EventSummary {
    private static final int PREVIEW = 40;

    private EventSummary() {
    }

    public static String of(Event e, I18n i18n) {
        if (e instanceof Open o) {
            return lower(o.proto()) + " " + lower(o.family()) + (o.fd() >= 0 ? " fd " + o.fd() : "")
                    + (o.owner().isEmpty() ? "" : " (" + OwnerWords.show(o.owner(), i18n) + ")")
                    + (o.copyOf().isEmpty() ? "" : " " + i18n.t("summary.copyOf", o.copyOf()));
        } else if (e instanceof Bind b) {
            return b.local();
        } else if (e instanceof Listen l) {
            return i18n.t("summary.backlog", l.backlog());
        } else if (e instanceof Connect c) {
            return c.local() + " → " + c.remote() + " " + lower(c.state());
        } else if (e instanceof Accept a) {
            return "⇒ " + a.child() + (a.fd() >= 0 ? " fd " + a.fd() : "") + " " + a.local() + " ← " + a.remote();
        } else if (e instanceof Send s) {
            String zero = s.done() == 0 && s.requested() > 0 ? "  " + i18n.t("summary.sendZero") : "";
            return bytes(s.done(), s.requested(), s.payload(), i18n) + zero;
        } else if (e instanceof Recv r) {
            return r.done() < 0 ? i18n.t("summary.eof") : bytes(r.done(), r.requested(), r.payload(), i18n);
        } else if (e instanceof SendTo s) {
            return "→ " + s.peer() + " " + bytes(s.done(), s.requested(), s.payload(), i18n);
        } else if (e instanceof RecvFrom r) {
            return "← " + r.peer() + " " + bytes(r.done(), r.requested(), r.payload(), i18n);
        } else if (e instanceof Shutdown s) {
            return lower(s.how());
        } else if (e instanceof Close c) {
            return c.abortive() ? i18n.t("summary.abortive") : "";
        } else if (e instanceof Block b) {
            return b.call() + " @ " + b.thread() + "  " + i18n.t("summary.emulated");
        } else if (e instanceof Wake w) {
            return w.call() + " @ " + w.thread();
        } else if (e instanceof Register r) {
            return "→ " + r.selector() + " [" + r.interest() + "]";
        } else if (e instanceof Select s) {
            return i18n.t("summary.select", s.selected(), s.keys().size());
        } else if (e instanceof Queues q) {
            String drops = q.drops() > 0 ? "  " + i18n.t("summary.drops", q.drops()) : "";
            return (q.acceptQ() >= 0
                    ? i18n.t("summary.acceptQueue", q.acceptQ(), q.backlog())
                    : i18n.t("summary.queues", q.sendQ(), q.recvQ())) + drops;
        } else if (e instanceof io.sockscope.model.event.StateChange st) {
            return st.state().name() + (st.open() ? "" : "  " + i18n.t(st.state() == io.sockscope.model.event.TcpState.CLOSE
                    ? "summary.afterCloseGone" : "summary.afterClose"));
        } else if (e instanceof OptionSet o) {
            return o.name() + " = " + o.asked() + " → " + o.reported() + " / " + o.kernel();
        } else if (e instanceof Failure f) {
            String c = f.message().startsWith("cut short: socket closed") ? "  " + i18n.t("summary.cutShort") : "";
            return f.call() + ": " + f.kind() + " " + f.message() + c;
        } else if (e instanceof Note n) {
            return (n.step() > 0 ? "[" + n.step() + "] " : "") + n.in(i18n.language().tag());
        }
        return "";
    }

    /** The event type's name in the window's language (call names stay as they are). */
    static String typeName(io.sockscope.model.event.EventType type, I18n i18n) {
        String key = "type." + type.wireName();
        return i18n.has(key) ? i18n.t(key) : type.wireName();
    }

    private static String bytes(int done, int requested, Payload p, I18n i18n) {
        String head = i18n.t("summary.bytes", done, requested);
        return p.kept() == 0 ? head : head + "  \"" + PayloadText.preview(p.bytes(), PREVIEW) + "\"";
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
