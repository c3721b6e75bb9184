package io.sockscope.app.ui;

import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.SendTo;

/**
 * What the same call gives in C and in Python where Java's java.nio answer looks different:
 * end of stream, a non-blocking call with nothing to do, a connect still in progress, a blocked
 * call woken by another thread's close. Only for calls made by Sockscope's own (Java) engine:
 * a traced C or Python program's events already are what C or Python saw.
 */
final class ApiContrast {
    private ApiContrast() {
    }

    /** The sentence for {@code e}, or null when C and Python see what Java sees. */
    static String of(Event e, I18n i18n) {
        if (e instanceof Recv r) {
            return recv(r.done(), r.requested(), i18n);
        }
        if (e instanceof Send s) {
            return send(s.done(), s.requested(), i18n);
        }
        if (e instanceof SendTo s) {
            return send(s.done(), s.requested(), i18n);
        }
        if (e instanceof Connect c && c.state() == ConnectState.IN_PROGRESS) {
            return i18n.t("contrast.connectInProgress");
        }
        if (e instanceof Failure f) {
            if (f.message().startsWith("cut short: socket closed")) {
                return i18n.t("contrast.cutShort", f.call());
            }
            if (f.kind() == ErrorKind.WOULD_BLOCK) {
                return i18n.t("contrast.wouldBlock", f.call());
            }
        }
        return null;
    }

    private static String recv(int done, int requested, I18n i18n) {
        if (done == -1) {
            return i18n.t("contrast.eof");
        }
        if (done == 0 && requested > 0) {
            return i18n.t("contrast.recvNothing");
        }
        return null;
    }

    private static String send(int done, int requested, I18n i18n) {
        return done == 0 && requested > 0 ? i18n.t("contrast.sendFull") : null;
    }
}
