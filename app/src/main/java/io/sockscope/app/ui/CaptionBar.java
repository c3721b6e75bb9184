package io.sockscope.app.ui;

import io.sockscope.app.diagram.Selection;
import io.sockscope.model.event.Note;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Large text over the diagram: the caption of the step the selection is in. */
final class CaptionBar extends HBox {
    private final SessionViewModel vm;
    private final I18n i18n;
    private final Label step = new Label();
    private final Label caption = new Label();
    private StepCaptions captions = new StepCaptions(java.util.List.of());

    CaptionBar(SessionViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("caption-bar");
        step.getStyleClass().add("caption-step");
        step.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        caption.getStyleClass().add("caption-text");
        caption.setId("captionText");
        caption.setWrapText(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(caption, Priority.ALWAYS);
        getChildren().addAll(step, caption);
        vm.events().addListener((javafx.collections.ListChangeListener<io.sockscope.model.event.Event>) c -> {
            Growth.apply(c, () -> captions = new StepCaptions(vm.events()), added -> {
                PreparedSession ready = vm.preparedFor(added);
                captions.addAll(ready != null ? ready.steps() : added); // the steps alone, found while the file was read
            });
            refresh();
        });
        vm.selectionProperty().addListener((o, a, b) -> refresh());
        vm.liveProperty().addListener((o, a, b) -> refresh());
        i18n.languageProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        Selection s = vm.selectionProperty().get();
        // with nothing selected: a replay starts with its first step, a live session shows the step running now
        Note n = s != null ? captions.at(s.seq()) : vm.liveProperty().get() ? captions.latest() : captions.first();
        boolean open = vm.sessionProperty().get() != null;
        step.setVisible(n != null);
        step.setManaged(n != null);
        if (n != null) {
            step.setText(i18n.t("caption.step", n.step()));
            caption.setText(n.in(i18n.language().tag()));
        } else if (!open) {
            caption.setText(i18n.t("caption.noSession"));
        } else if (captions.isEmpty()) { // live sessions of one's own have no steps, and miss nothing
            caption.setText(i18n.t(vm.liveProperty().get() ? "caption.live" : "caption.none"));
        } else {
            caption.setText(i18n.t("caption.select"));
        }
    }
}
