package io.sockscope.app.live;

import io.sockscope.app.ui.MainWindow;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;

/** Adds the live items to the window's menu bar: File → New live session / Save as…, and a Socket menu. */
final class LiveMenus {
    private LiveMenus() {
    }

    static void install(LiveWindow live, MainWindow window, SocketMenu menus, Supplier<String> selected) {
        MenuBar bar = (MenuBar) window.stage().getScene().lookup("#menuBar");
        if (bar == null) {
            throw new IllegalStateException("the window has no #menuBar to add the live menus to");
        }
        MenuItem fresh = item(live, "live.menu.new", "Shortcut+N");
        fresh.setId("newLiveSession");
        fresh.setOnAction(e -> live.newSession(live.i18n().t("live.title"), ""));
        MenuItem save = item(live, "live.menu.saveAs", "Shortcut+S");
        save.setId("saveSession");
        save.setOnAction(e -> saveAs(live, window));
        Menu file = bar.getMenus().stream().filter(m -> "fileMenu".equals(m.getId())).findFirst().orElse(null);
        if (file != null) {
            file.getItems().add(Math.min(2, file.getItems().size()), save);
            file.getItems().add(0, fresh);
        } else {
            Menu m = new Menu();
            m.textProperty().bind(live.i18n().bind("live.menu.session"));
            m.getItems().addAll(fresh, save);
            bar.getMenus().add(m);
        }
        Menu socket = new Menu();
        socket.setId("socketCallsMenu");
        socket.textProperty().bind(live.i18n().bind("live.menu.socket"));
        socket.getItems().addAll(menus.menuBarItems(selected));
        bar.getMenus().add(Math.max(0, bar.getMenus().size() - 1), socket);
    }

    private static MenuItem item(LiveWindow live, String key, String accelerator) {
        MenuItem it = new MenuItem();
        it.textProperty().bind(live.i18n().bind(key));
        it.setAccelerator(KeyCombination.keyCombination(accelerator));
        return it;
    }

    /** Copies the session's file (the live autosave, or the file shown) where the user wants it. */
    private static void saveAs(LiveWindow live, MainWindow window) {
        var shown = window.viewModel().sessionProperty().get();
        if (shown == null) {
            live.say(live.i18n().t("live.msg.nothingToSave"));
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(live.i18n().t("live.menu.saveAs"));
        chooser.setInitialFileName(String.valueOf(shown.file().getFileName()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Sockscope", "*.sockscope"));
        File target = chooser.showSaveDialog(window.stage());
        if (target == null) {
            return;
        }
        live.saveTo(target.toPath());
    }

    /**
     * Copies the shown session's file to {@code target} on a background thread (the FX thread
     * never waits on a file) and says how it went. For a running session that is its autosave as
     * flushed so far (the writer flushes at least every 100 ms). Call on the FX thread; the
     * future completes (off it) with whether the copy was made.
     */
    static CompletableFuture<Boolean> saveTo(LiveContext live, io.sockscope.app.ui.SessionViewModel vm, Path target) {
        java.util.Objects.requireNonNull(target, "target");
        var shown = vm.sessionProperty().get();
        if (shown == null) {
            live.say(live.i18n().t("live.msg.nothingToSave"));
            return CompletableFuture.completedFuture(false);
        }
        Path source = shown.file();
        return CompletableFuture.supplyAsync(() -> {
            String said;
            boolean ok;
            try {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                said = live.i18n().t("live.msg.saved", target);
                ok = true;
            } catch (IOException | RuntimeException e) {
                said = live.i18n().t("live.msg.saveFailed", target, e.getMessage());
                ok = false;
            }
            String line = said;
            Platform.runLater(() -> live.say(line));
            return ok;
        }, COPIER);
    }

    /** The thread that copies session files (one at a time, in order). */
    private static final java.util.concurrent.Executor COPIER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "session-copy");
        t.setDaemon(true);
        return t;
    });
}
