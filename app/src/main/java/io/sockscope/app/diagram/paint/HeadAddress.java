package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.HeadState;
import io.sockscope.app.diagram.surface.FontSpec;
import io.sockscope.app.diagram.surface.Surface;

/**
 * A head's "local ↔ remote" line, measured in the font that draws it. When the whole line does
 * not fit, shorter forms that keep every port are tried first (the host written once when both
 * ends share it, then the local host left out, then the ports alone); a Unix path keeps its end,
 * the file name. Only when nothing else fits is the line cut; the inspector shows it whole.
 */
final class HeadAddress {
    private static final String BETWEEN = " ↔ ";

    private HeadAddress() {
    }

    static String shown(Surface g, FontSpec font, HeadState h, double width) {
        if (h == null || (h.local().isEmpty() && h.remote().isEmpty())) {
            return "—";
        }
        String local = h.local().isEmpty() ? "?" : h.local();
        String remote = h.remote();
        String full = remote.isEmpty() ? local : local + BETWEEN + remote;
        if (Texts.fits(g, font, full, width)) {
            return full;
        }
        if (local.startsWith("/") || remote.startsWith("/")) {
            return paths(g, font, local, remote, width);
        }
        int lp = portAt(local);
        int rp = portAt(remote);
        if (lp < 0 || (!remote.isEmpty() && rp < 0)) {
            return Texts.fit(g, font, full, width);
        }
        String host = local.substring(0, lp);
        String[] forms = remote.isEmpty()
                ? new String[] {local.substring(lp)}
                : new String[] {
                    remote.substring(0, rp).equals(host) ? host + "  " + local.substring(lp) + BETWEEN + remote.substring(rp) : null,
                    local.substring(lp) + BETWEEN + remote,
                    local.substring(lp) + BETWEEN + remote.substring(rp)};
        for (String form : forms) {
            if (form != null && Texts.fits(g, font, form, width)) {
                return form;
            }
        }
        return Texts.fit(g, font, full, width);
    }

    /** Where the port of {@code host:port} or {@code [v6]:port} starts (its colon), or -1. */
    private static int portAt(String address) {
        int colon = address.lastIndexOf(':');
        if (colon <= 0 || colon == address.length() - 1 || address.indexOf(']') > colon) {
            return -1;
        }
        for (int i = colon + 1; i < address.length(); i++) {
            if (!Character.isDigit(address.charAt(i))) {
                return -1;
            }
        }
        boolean v6 = address.startsWith("[");
        return v6 || address.indexOf(':') == colon ? colon : -1;
    }

    private static String paths(Surface g, FontSpec font, String local, String remote, double width) {
        if (remote.isEmpty()) {
            return Texts.fitPath(g, font, local, width);
        }
        double room = width - g.measure(BETWEEN, font).width();
        double localWidth = g.measure(local, font).width();
        double remoteWidth = g.measure(remote, font).width();
        // a short end keeps its width and the long one gets the rest; two long ones share it
        double forLocal = localWidth <= room / 2 ? localWidth : remoteWidth <= room / 2 ? room - remoteWidth : room / 2;
        return Texts.fitPath(g, font, local, forLocal) + BETWEEN + Texts.fitPath(g, font, remote, room - forLocal);
    }
}
