package io.sockscope.app.trace;

import io.sockscope.app.live.Autosave;
import io.sockscope.app.ui.I18n;
import io.sockscope.model.trace.TraceException;
import io.sockscope.model.trace.Tracer;
import io.sockscope.sessions.WriterOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;

/**
 * File ▸ Trace a program…: asks for a command line, runs it under strace in the background
 * (its output goes to the terminal Sockscope was started from) and opens the recorded session
 * when the program ends.
 */
public final class TraceDialog {
    private TraceDialog() {
    }

    /** Shows the dialog; {@code open} is called on the FX thread with the session file once the program ended. */
    public static void show(I18n i18n, Consumer<Path> open) {
        TextInputDialog d = new TextInputDialog();
        d.setTitle(i18n.t("trace.dialog.title"));
        d.setHeaderText(i18n.t("trace.dialog.header"));
        d.setContentText(i18n.t("trace.dialog.command"));
        d.getDialogPane().setId("traceDialog");
        Optional<String> line = d.showAndWait();
        List<String> command = line.map(CommandLine::split).orElse(List.of());
        if (command.isEmpty()) {
            return;
        }
        String lang = i18n.language().name().toLowerCase(java.util.Locale.ROOT).startsWith("zh") ? "zh" : "en";
        Thread t = new Thread(() -> run(command, lang, i18n, open), "sockscope-trace-dialog");
        t.setDaemon(true);
        t.start();
    }

    private static void run(List<String> command, String lang, I18n i18n, Consumer<Path> open) {
        try {
            Path file = Autosave.forUser().newFile("trace");
            TraceRecording rec = TraceRecording.start(new Tracer.Request(command, 0, lang,
                    WriterOptions.DEFAULT_PAYLOAD_CAP, TraceRecording.captionsFor(command)), file,
                    WriterOptions.DEFAULT_PAYLOAD_CAP, System.err);
            try {
                rec.awaitEnd(Long.MAX_VALUE, TimeUnit.DAYS);
            } finally {
                rec.close(); // the session file is complete before the window opens it
            }
            {
                String problem = rec.problem();
                Platform.runLater(() -> {
                    if (problem != null) {
                        failed(i18n, problem);
                    }
                    open.accept(file);
                });
            }
        } catch (TraceException | IOException | IllegalArgumentException e) {
            Platform.runLater(() -> failed(i18n, e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void failed(I18n i18n, String reason) {
        Alert a = new Alert(Alert.AlertType.ERROR, i18n.t("trace.failed", reason));
        a.setHeaderText(null);
        a.show();
    }
}
