package io.sockscope.app.ui;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Proto;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;

/** The status bar (ControlsFX): file, event count, sockets, duration, and load progress. */
final class StatusPane extends StatusBar {
    private final SessionViewModel vm;
    private final I18n i18n;
    private final PathLabel file = new PathLabel();
    private final Label counts = new Label();
    private final Label loading = new Label();
    private final Label message = new Label();
    private final Set<String> socketIds = new HashSet<>();

    StatusPane(SessionViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("status-pane");
        file.setId("statusFile");
        counts.setId("statusCounts");
        setText("");
        // the bar shows its progress bar while progress is not 0
        progressProperty().bind(Bindings.when(vm.loadingProperty())
                .then(Bindings.max(0.001, vm.progressProperty())).otherwise(0.0));
        loading.visibleProperty().bind(vm.loadingProperty());
        message.setId("statusMessage");
        // a sentence and the session's counts are never cut; the file's path gives way first, to its name
        message.setMinWidth(Label.USE_PREF_SIZE);
        counts.setMinWidth(Label.USE_PREF_SIZE);
        getLeftItems().addAll(file, counts, message);
        getRightItems().add(loading);
        vm.sessionProperty().addListener((o, a, b) -> refresh());
        vm.events().addListener((javafx.collections.ListChangeListener<Event>) c -> {
            Growth.apply(c, () -> {
                socketIds.clear();
                addSockets(vm.events());
            }, this::addSockets);
            refresh();
        });
        vm.liveProperty().addListener((o, a, b) -> refresh());
        vm.loadingFileProperty().addListener((o, a, b) -> refresh());
        i18n.languageProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Shows a one-line message (what an action did, or why it could not) until the next one. */
    void say(String text) {
        message.setText(text);
        message.setTooltip(text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
    }

    private void refresh() {
        LoadedSession s = vm.sessionProperty().get();
        file.show(s == null ? null : s.file(), i18n.t("status.noFile"));
        List<Event> events = vm.events();
        String text = s == null ? "" : i18n.t("status.counts", events.size(), socketIds.size(),
                String.format("%.3f", duration(events) / 1e9));
        if (vm.liveProperty().get()) {
            text += " · " + i18n.t("status.live");
        }
        if (s != null && s.droppedLine() > 0) {
            text += " · " + i18n.t("status.droppedTail", s.droppedLine());
        }
        counts.setText(text);
        var f = vm.loadingFileProperty().get();
        loading.setText(f == null ? "" : i18n.t("status.loading", f.getFileName()));
    }

    /** Counts sockets (not selectors) that existed in the session: opened ones and accepted children. */
    private void addSockets(List<? extends Event> events) {
        PreparedSession ready = vm.preparedFor(events);
        if (ready != null) { // counted while the file was read
            socketIds.addAll(ready.counted());
            return;
        }
        for (Event e : events) {
            if (e instanceof Open o && o.proto() != Proto.SELECTOR) {
                socketIds.add(o.socket());
            } else if (e instanceof Accept a) {
                socketIds.add(a.child());
            }
        }
    }

    static long duration(List<Event> events) {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).t() - events.get(0).t();
    }
}
