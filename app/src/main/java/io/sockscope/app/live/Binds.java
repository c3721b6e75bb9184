package io.sockscope.app.live;

import java.net.InetAddress;
import java.net.UnknownHostException;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/** Asks before binding to an address other machines can reach, and says who could then connect. */
final class Binds {
    private Binds() {
    }

    /** Who could connect to a socket bound to {@code address}: LOOPBACK, ANY (every interface) or HOST. */
    enum Reach { LOOPBACK, ANY, HOST, PATH }

    static Reach reach(String address) {
        if (address.startsWith("/") || !address.contains(":")) {
            return Reach.PATH; // a Unix socket file (or no port at all): the kernel decides
        }
        String host = address.substring(0, address.lastIndexOf(':'));
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.equals("localhost")) {
            return Reach.LOOPBACK;
        }
        try {
            InetAddress a = InetAddress.getByName(host.isEmpty() ? "0.0.0.0" : host);
            return a.isLoopbackAddress() ? Reach.LOOPBACK : a.isAnyLocalAddress() ? Reach.ANY : Reach.HOST;
        } catch (UnknownHostException e) {
            // a name we cannot resolve: treat it as reachable, the bind will report the kernel's answer
            return Reach.HOST;
        }
    }

    /** Runs {@code bind} at once for loopback and files; otherwise after the user agrees. */
    static void confirm(LiveContext live, String address, Runnable bind) {
        Reach r = reach(address);
        if (r == Reach.LOOPBACK || r == Reach.PATH) {
            bind.run();
            return;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.OK, ButtonType.CANCEL);
        if (live.owner() != null) {
            a.initOwner(live.owner());
        }
        a.getDialogPane().setId("bindWarning");
        io.sockscope.app.ui.DialogButtons.localize(a.getDialogPane(), live.i18n());
        a.setTitle(live.i18n().t("live.bind.title"));
        a.setHeaderText(live.i18n().t("live.bind.header", address));
        a.setContentText(live.i18n().t(r == Reach.ANY ? "live.bind.any" : "live.bind.host", address));
        a.setOnHidden(e -> {
            if (a.getResult() == ButtonType.OK) {
                bind.run();
            } else {
                live.say(live.i18n().t("live.bind.cancelled", address));
            }
        });
        a.show();
    }
}
