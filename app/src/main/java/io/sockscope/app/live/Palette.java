package io.sockscope.app.live;

import io.sockscope.model.engine.SocketId;
import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.SocketSnapshot;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Proto;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One-click sockets with sensible defaults: a TCP server is open + bind 127.0.0.1:0 + listen 5;
 * a client is opened and, when exactly one server of its kind listens, offered a connect to it.
 */
final class Palette {
    private final LiveContext live;
    private final LiveActions actions;
    /** Below this window width the palette's less used buttons show icons only (names in tooltips), so the live bar keeps one row. */
    static final double COMPACT_BELOW = 1500;
    private final javafx.beans.property.BooleanProperty compact = new javafx.beans.property.SimpleBooleanProperty(false);
    private int made;

    Palette(LiveContext live, LiveActions actions) {
        this.live = Objects.requireNonNull(live, "live");
        this.actions = Objects.requireNonNull(actions, "actions");
    }

    HBox create() {
        HBox box = new HBox(4,
                named(button("paletteTcpServer", "live.palette.tcpServer", "mdi2s-server-network", this::tcpServer)),
                named(button("paletteTcpClient", "live.palette.tcpClient", "mdi2l-laptop", this::tcpClient)),
                button("paletteUdp", "live.palette.udp", "mdi2e-email-fast-outline", this::udp),
                button("paletteUnixServer", "live.palette.unixServer", "mdi2f-file-cog-outline", this::unixServer),
                button("paletteUnixClient", "live.palette.unixClient", "mdi2f-file-link-outline", this::unixClient),
                button("paletteSelector", "live.palette.selector", "mdi2e-eye-outline", this::selector));
        box.setId("palette");
        box.sceneProperty().addListener((o, was, scene) -> {
            compact.unbind();
            if (scene != null) {
                compact.bind(scene.widthProperty().lessThan(COMPACT_BELOW));
            }
        });
        return box;
    }

    /** TCP server and client keep their names at any width (the empty window's prompt names them). */
    private static Button named(Button b) {
        b.contentDisplayProperty().unbind();
        b.setContentDisplay(javafx.scene.control.ContentDisplay.LEFT);
        return b;
    }

    private Button button(String id, String key, String icon, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(live.i18n().bind(key));
        b.setGraphic(new FontIcon(icon));
        b.contentDisplayProperty().bind(javafx.beans.binding.Bindings.when(compact)
                .then(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY).otherwise(javafx.scene.control.ContentDisplay.LEFT));
        Tooltip t = new Tooltip();
        t.textProperty().bind(javafx.beans.binding.Bindings.concat(live.i18n().bind(key), " — ", live.i18n().bind(key + ".tip")));
        b.setTooltip(t);
        b.setOnAction(e -> action.run());
        return b;
    }

    private String owner(String kind) {
        return kind + " " + (++made);
    }

    void tcpServer() {
        Engine engine = live.engine();
        SocketId id = engine.openTcp(Family.INET, owner("server"));
        engine.bind(id, "127.0.0.1:0");
        engine.listen(id, 5);
    }

    void tcpClient() {
        SocketId id = live.engine().openTcp(Family.INET, owner("client"));
        offerConnect(id, Proto.TCP);
    }

    void udp() {
        Engine engine = live.engine();
        SocketId id = engine.openUdp(Family.INET, owner("udp"));
        engine.bind(id, "127.0.0.1:0");
    }

    void unixServer() {
        Engine engine = live.engine();
        SocketId id = engine.openUnix(owner("unix server"));
        engine.bind(id, UnixPaths.next(id.value()));
        engine.listen(id, 5);
    }

    void unixClient() {
        SocketId id = live.engine().openUnix(owner("unix client"));
        offerConnect(id, Proto.UNIX);
    }

    void selector() {
        live.engine().openSelector(owner("selector"));
    }

    private void offerConnect(SocketId client, Proto proto) {
        List<String> servers = listening(proto);
        if (servers.size() == 1) {
            actions.connect(client, servers.get(0));
        } else {
            live.say(live.i18n().t(servers.isEmpty() ? "live.msg.noServer" : "live.msg.manyServers", client));
        }
    }

    /** Local addresses of the sockets of {@code proto} that are listening now. */
    private List<String> listening(Proto proto) {
        List<String> out = new ArrayList<>();
        for (Lifeline l : live.fold().lifelines()) {
            if (l.proto() == proto) {
                SocketSnapshot s = actions.snapshot(l.socket());
                if (s != null && s.state().equals("listening") && !s.local().isEmpty()) {
                    out.add(s.local());
                }
            }
        }
        return out;
    }
}
