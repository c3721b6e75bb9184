package io.sockscope.app.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** The window's dialogs: open a file, errors in one line, about. Non-blocking, in the current language. */
final class Dialogs {
    private final Stage owner;
    private final I18n i18n;

    Dialogs(Stage owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    /** Asks for a session file, starting in {@code near}'s folder when it has one; null when cancelled. */
    Path chooseSession(List<Path> near) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t("dialog.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.t("dialog.open.sessions"), "*.sockscope", "*.sockscope.gz", "*.jsonl", "*.gz"),
                new FileChooser.ExtensionFilter(i18n.t("dialog.open.all"), "*"));
        if (!near.isEmpty() && near.get(0).getParent() != null && near.get(0).getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(near.get(0).getParent().toFile());
        }
        File f = chooser.showOpenDialog(owner);
        return f == null ? null : f.toPath();
    }

    void openFailed(LoadFailure f) {
        show(Alert.AlertType.ERROR, "openFailedDialog", i18n.t("dialog.openFailed.title"),
                i18n.t("dialog.openFailed.header", f.file().getFileName()), f.describe(i18n));
    }

    void liveFailed(String reason) {
        show(Alert.AlertType.ERROR, "liveFailedDialog", i18n.t("dialog.liveFailed.title"),
                i18n.t("dialog.liveFailed.title"), reason);
    }

    void about() {
        show(Alert.AlertType.INFORMATION, "aboutDialog", i18n.t("dialog.about.title"), "Sockscope",
                i18n.t("dialog.about.text"));
    }

    private void show(Alert.AlertType type, String id, String title, String header, String text) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setContentText(text);
        alert.getDialogPane().setId(id);
        alert.getDialogPane().setStyle(Fonts.rootStyle(i18n.language()));
        alert.show();
    }
}
