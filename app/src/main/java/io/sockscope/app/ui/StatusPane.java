package io.sockscope.app.ui;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Proto;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The status bar: file, event count, sockets, duration, and load progress. */
final class StatusPane extends HBox {
    private final SessionViewModel vm;
    private final I18n i18n;
    private final Label file = new Label();
    private final Label counts = new Label();
    private final Label loading = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Set<String> socketIds = new HashSet<>();

    StatusPane(SessionViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("status-pane");
        file.setId("statusFile");
        counts.setId("statusCounts");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.loadingProperty());
        loading.visibleProperty().bind(vm.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(file, counts, spacer, loading, progress);
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

    private void refresh() {
        LoadedSession s = vm.sessionProperty().get();
        file.setText(s == null ? i18n.t("status.noFile") : s.file().toString());
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
