package io.sockscope.app.live;

import io.sockscope.model.engine.SocketId;
import io.sockscope.app.diagram.Selection;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;

/** The calls legal for the selected socket, as buttons at the top of the inspector (live sessions only). */
final class InspectorButtons {
    private final LiveWindow live;
    private final SocketMenu menus;
    private final LiveActions actions;

    InspectorButtons(LiveWindow live, SocketMenu menus, LiveActions actions) {
        this.live = Objects.requireNonNull(live, "live");
        this.menus = Objects.requireNonNull(menus, "menus");
        this.actions = Objects.requireNonNull(actions, "actions");
    }

    /** Buttons for {@code s}'s socket, or null when no live session shows it. */
    Node forSelection(Selection s) {
        if (!live.isLive() || s.socket() == null) {
            return null;
        }
        LegalCalls calls = menus.callsFor(SocketId.of(s.socket()));
        if (calls == null || calls.legal().isEmpty()) {
            return null;
        }
        FlowPane pane = new FlowPane(4, 4);
        pane.setId("inspectorCalls");
        for (Call c : calls.legal()) {
            Button b = new Button(live.i18n().t(c.labelKey()));
            b.setId("inspect-" + c.name());
            b.getStyleClass().add("small");
            b.setOnAction(e -> actions.run(c, SocketId.of(s.socket())));
            pane.getChildren().add(b);
        }
        return pane;
    }
}
