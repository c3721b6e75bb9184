package io.sockscope.app.live;

import io.sockscope.model.engine.SocketId;
import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.LifelineKind;
import io.sockscope.app.diagram.layout.SocketSnapshot;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The context menu of a lifeline: the calls that make sense in its state, then the others under "try anyway". */
final class SocketMenu {
    private final LiveContext live;
    private final LiveActions actions;

    SocketMenu(LiveContext live, LiveActions actions) {
        this.live = Objects.requireNonNull(live, "live");
        this.actions = Objects.requireNonNull(actions, "actions");
    }

    /** The calls for {@code socket} now, or null when it is not a lifeline of the live session. */
    LegalCalls callsFor(SocketId socket) {
        Lifeline l = socket == null || !live.isLive() ? null : live.fold().lifeline(socket.value());
        if (l == null) {
            return null;
        }
        SocketSnapshot s = actions.snapshot(socket.value());
        if (l.kind() == LifelineKind.SELECTOR) {
            return LegalCalls.selector(s != null && s.state().equals("closed"));
        }
        return s == null ? null : LegalCalls.of(s);
    }

    ContextMenu create(SocketId socket) {
        ContextMenu menu = new ContextMenu();
        menu.setId("socketMenu");
        LegalCalls calls = callsFor(socket);
        if (calls == null) {
            return menu;
        }
        MenuItem head = new MenuItem(live.i18n().t("live.menu.head", socket));
        head.setDisable(true);
        menu.getItems().addAll(head, new SeparatorMenuItem());
        for (Call c : calls.legal()) {
            menu.getItems().add(item(c, socket));
        }
        if (!calls.others().isEmpty()) {
            Menu more = new Menu(live.i18n().t("live.menu.tryAnyway"));
            more.setId("tryAnyway");
            for (Call c : calls.others()) {
                more.getItems().add(item(c, socket));
            }
            menu.getItems().addAll(new SeparatorMenuItem(), more);
        }
        return menu;
    }

    private MenuItem item(Call c, SocketId socket) {
        MenuItem it = new MenuItem(live.i18n().t(c.labelKey()));
        it.setId("call-" + c.name());
        it.setOnAction(e -> actions.run(c, socket));
        return it;
    }

    /** The items for the window's Socket menu: every call, enabled when legal for the selected socket. */
    List<MenuItem> menuBarItems(java.util.function.Supplier<String> selected) {
        return java.util.Arrays.stream(Call.values()).map(c -> {
            MenuItem it = new MenuItem();
            it.textProperty().bind(live.i18n().bind(c.labelKey()));
            if (c.accelerator() != null) {
                it.setAccelerator(KeyCombination.keyCombination(c.accelerator()));
            }
            it.setOnAction(e -> {
                String picked = selected.get();
                SocketId s = picked == null ? null : SocketId.of(picked);
                LegalCalls calls = callsFor(s);
                if (!live.isLive()) {
                    live.say(live.i18n().t("live.msg.notLive"));
                } else if (calls == null) {
                    live.say(live.i18n().t("live.msg.selectFirst"));
                } else if (calls.legal().contains(c) || calls.others().contains(c)) {
                    actions.run(c, s);
                } else {
                    live.say(live.i18n().t("live.msg.notNow", live.i18n().t(c.labelKey()), s));
                }
            });
            return it;
        }).toList();
    }
}
