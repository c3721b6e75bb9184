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
    private final javafx.animation.PauseTransition refreshLater = new javafx.animation.PauseTransition(javafx.util.Duration.millis(200));
    private final SessionViewModel vm;
    private final I18n i18n;
    private final Label file = new Label();
    private final Label counts = new Label();
    private final Label loading = new Label();
    private final ProgressBar progress = new ProgressBar();

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
        // a live session grows every frame; counting its sockets each time is too much: a few refreshes a second
        refreshLater.setOnFinished(e -> refresh());
        vm.events().addListener((javafx.collections.ListChangeListener<Event>) c -> {
            if (!vm.liveProperty().get()) {
                refresh();
            } else if (refreshLater.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                refreshLater.playFromStart();
            }
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
        String text = s == null ? "" : i18n.t("status.counts", events.size(), sockets(events),
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

    /** Sockets (not selectors) that existed in the session: opened ones and accepted children. */
    static int sockets(List<Event> events) {
        Set<String> ids = new HashSet<>();
        for (Event e : events) {
            if (e instanceof Open o && o.proto() != Proto.SELECTOR) {
                ids.add(o.socket());
            } else if (e instanceof Accept a) {
                ids.add(a.child());
            }
        }
        return ids.size();
    }

    static long duration(List<Event> events) {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).t() - events.get(0).t();
    }
}
