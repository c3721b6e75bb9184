package io.sockscope.app.trace;

import java.util.function.BiFunction;
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

    /**
     * Shows the dialog; {@code open} is called on the FX thread with the session file once the
     * program ended. {@code i18n} gives a text by key and arguments; {@code zh} picks the captions' language.
     */
    public static void show(BiFunction<String, Object[], String> i18n, boolean zh, Consumer<Path> open) {
        TextInputDialog d = new TextInputDialog();
        d.setTitle(i18n.apply("trace.dialog.title", new Object[0]));
        d.setHeaderText(i18n.apply("trace.dialog.header", new Object[0]));
        d.setContentText(i18n.apply("trace.dialog.command", new Object[0]));
        d.getDialogPane().setId("traceDialog");
        Optional<String> line = d.showAndWait();
        List<String> command = line.map(CommandLine::split).orElse(List.of());
        if (command.isEmpty()) {
            return;
        }
        String lang = zh ? "zh" : "en";
        Thread t = new Thread(() -> run(command, lang, i18n, open), "sockscope-trace-dialog");
        t.setDaemon(true);
        t.start();
    }

    private static void run(List<String> command, String lang, BiFunction<String, Object[], String> i18n, Consumer<Path> open) {
        try {
            Path file = java.nio.file.Files.createTempFile("sockscope-trace-", ".sockscope");
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

    private static void failed(BiFunction<String, Object[], String> i18n, String reason) {
        Alert a = new Alert(Alert.AlertType.ERROR, i18n.apply("trace.failed", new Object[] {reason}));
        a.setHeaderText(null);
        a.show();
    }
}
