package io.sockscope.app.trace;

import java.util.List;
import java.util.function.BiFunction;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;

/**
 * File ▸ Trace a program…: asks for a command line to run under strace; the live window then
 * draws it while it runs (its output goes to the terminal Sockscope was started from).
 */
public final class TraceDialog {
    private TraceDialog() {
    }

    /**
     * Asks for a command line on the FX thread and returns its words, empty when cancelled.
     * {@code i18n} gives a text by key and arguments.
     */
    public static List<String> ask(BiFunction<String, Object[], String> i18n) {
        TextInputDialog d = new TextInputDialog();
        d.setTitle(i18n.apply("trace.dialog.title", new Object[0]));
        d.setHeaderText(i18n.apply("trace.dialog.header", new Object[0]));
        d.setContentText(i18n.apply("trace.dialog.command", new Object[0]));
        d.getDialogPane().setId("traceDialog");
        return d.showAndWait().map(CommandLine::split).orElse(List.of());
    }

    /** Says on the FX thread why a program could not be traced. */
    public static void failed(BiFunction<String, Object[], String> i18n, String reason) {
        Alert a = new Alert(Alert.AlertType.ERROR, i18n.apply("trace.failed", new Object[] {reason}));
        a.setHeaderText(null);
        a.show();
    }
}
