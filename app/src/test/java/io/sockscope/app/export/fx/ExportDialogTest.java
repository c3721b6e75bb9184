package io.sockscope.app.export.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.app.export.ExportFormat;
import io.sockscope.sessions.Session;
import io.sockscope.sessions.Sessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export…: a preview of what will be written, and the export itself off the FX thread. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ExportDialogTest {
    private static final ResourceBundle EN = ResourceBundle.getBundle("io.sockscope.app.ui.messages", java.util.Locale.ENGLISH);

    private Stage owner;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        owner = stage;
        // a window without a scene has no view under Monocle: the robot's first mouse move then
        // fails ("view is null") and the next pulse waits for a render that never comes
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 320, 200));
        stage.show();
    }

    private ExportDialog dialog() throws Exception {
        Session s = Sessions.readAll(Path.of(System.getProperty("sockscope.samples", "../resources/sessions"))
                .resolve("tcp-echo.sockscope"));
        return WaitForAsyncUtils.asyncFx(() -> {
            ExportDialog d = new ExportDialog(owner, s.events(), s.header().title(), false, "en", EN::getString);
            d.show();
            return d;
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void previewShowsThePictureAndThenTheText() throws Exception {
        ExportDialog d = dialog();
        ImageView image = (ImageView) d.stage().getScene().getRoot().lookup(".image-view");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> image.getImage() != null);
        assertThat(image.getImage().getWidth()).isGreaterThan(300);
        @SuppressWarnings("unchecked")
        ChoiceBox<ExportFormat> format = (ChoiceBox<ExportFormat>) d.stage().getScene().getRoot().lookup(".choice-box");
        WaitForAsyncUtils.asyncFx(() -> format.setValue(ExportFormat.PUML)).get(5, TimeUnit.SECONDS);
        TextArea text = (TextArea) d.stage().getScene().getRoot().lookup(".text-area");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text.isVisible() && text.getText().startsWith("@startuml"));
    }

    @Test
    void exportWritesTheFileOffTheFxThreadAndCloses() throws Exception {
        ExportDialog d = dialog();
        Path out = dir.resolve("echo.svg");
        WaitForAsyncUtils.asyncFx(() -> d.exportTo(out)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !d.stage().isShowing());
        assertThat(Files.readString(out)).startsWith("<?xml").contains("<svg");
    }
}
