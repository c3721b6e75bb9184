package io.sockscope.app.diagram.paint;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.app.diagram.layout.HeadState;
import io.sockscope.app.diagram.surface.FontSpec;
import io.sockscope.app.diagram.surface.RecordingSurface;
import io.sockscope.app.diagram.surface.Surface;
import org.junit.jupiter.api.Test;

/** A head's address line: whole when it fits, else shorter forms that keep every port, paths keeping their file names. */
class HeadAddressTest {
    private static final FontSpec SMALL = new FontSpec("Sans", 10, false);
    private static final Surface G = new RecordingSurface(RecordingSurface.fixedMetrics());

    private static String shown(String local, String remote, double width) {
        String s = HeadAddress.shown(G, SMALL, new HeadState(0, local, remote, "connected"), width);
        assertThat(G.measure(s, SMALL).width()).as(s).isLessThanOrEqualTo(width);
        return s;
    }

    private static double width(String text) {
        return G.measure(text, SMALL).width();
    }

    @Test
    void aLineThatFitsIsShownWhole() {
        assertThat(shown("127.0.0.1:57843", "127.0.0.1:56272", 1000)).isEqualTo("127.0.0.1:57843 ↔ 127.0.0.1:56272");
        assertThat(shown("127.0.0.1:57843", "", 1000)).isEqualTo("127.0.0.1:57843");
        assertThat(shown("", "", 10)).isEqualTo("—");
    }

    @Test
    void aSharedHostIsWrittenOnceAndBothPortsStay() {
        String whole = "127.0.0.1:57843 ↔ 127.0.0.1:56272";
        assertThat(shown("127.0.0.1:57843", "127.0.0.1:56272", width(whole) - 1)).isEqualTo("127.0.0.1  :57843 ↔ :56272");
        assertThat(shown("[::1]:41681", "[::1]:46802", width("[::1]:41681 ↔ [::1]:46802") - 1)).isEqualTo("[::1]  :41681 ↔ :46802");
    }

    @Test
    void otherHostsKeepTheRemoteHostThenThePortsAlone() {
        String local = "192.168.100.200:57843";
        String remote = "10.0.0.1:80";
        assertThat(shown(local, remote, width(":57843 ↔ 10.0.0.1:80") + 1)).isEqualTo(":57843 ↔ 10.0.0.1:80");
        assertThat(shown(local, remote, width(":57843 ↔ :80") + 1)).isEqualTo(":57843 ↔ :80");
        assertThat(shown(local, remote, width(":57843 ↔ :80") - 1)).endsWith("…");
    }

    @Test
    void pathsKeepTheirFileNames() {
        String path = "/tmp/sockscope-unix-11635139579321409397/echo.sock";
        assertThat(shown(path, "", width(path) - 1)).startsWith("…").endsWith("/echo.sock");
        String both = shown("?", path, width("? ↔ " + path) / 2);
        assertThat(both).startsWith("? ↔ …").endsWith("echo.sock");
    }
}
