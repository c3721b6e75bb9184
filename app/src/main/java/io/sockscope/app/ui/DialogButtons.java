package io.sockscope.app.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;

/**
 * OK and Cancel in the window's language: JavaFX names them in the language the JVM started
 * with, which is not the one the user chose in View ▸ Language.
 */
public final class DialogButtons {
    private DialogButtons() {
    }

    /** Relabels the OK and Cancel buttons of {@code pane} (add its button types first). */
    public static void localize(DialogPane pane, I18n i18n) {
        relabel(pane, ButtonType.OK, i18n.t("dialog.ok"));
        relabel(pane, ButtonType.CANCEL, i18n.t("dialog.cancel"));
    }

    private static void relabel(DialogPane pane, ButtonType type, String text) {
        if (pane.lookupButton(type) instanceof Button b) {
            b.setText(text);
        }
    }
}
