package io.sockscope.app.export.fx;

import io.sockscope.app.export.ExportException;
import io.sockscope.app.export.ExportFormat;
import io.sockscope.app.export.ExportRange;
import io.sockscope.app.export.ExportRequest;
import io.sockscope.app.export.ExportStyle;
import io.sockscope.app.export.Exporter;
import io.sockscope.model.event.Event;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File ▸ Export…: format, range, theme and language, a preview, and the export itself on a
 * worker thread with a progress bar and Cancel. Texts come from the window's bundle by key.
 */
public final class ExportDialog {
    private static final int PREVIEW_W = 640;
    private static final int PREVIEW_H = 400;

    private final List<Event> events;
    private final String title;
    private final Function<String, String> text;
    private final Stage stage = new Stage();
    private final ChoiceBox<ExportFormat> format = new ChoiceBox<>();
    private final ChoiceBox<ExportRange.Kind> rangeKind = new ChoiceBox<>();
    private final TextField range = new TextField();
    private final ChoiceBox<Boolean> dark = new ChoiceBox<>();
    private final ChoiceBox<String> lang = new ChoiceBox<>();
    private final ImageView image = new ImageView();
    private final TextArea textPreview = new TextArea();
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button export = new Button();
    private final Button cancel = new Button();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Thread worker;
    private int previewGeneration;

    /** A dialog over {@code owner} for a session's events; {@code text} looks up the window's texts by key. */
    public ExportDialog(Window owner, List<Event> events, String title, boolean darkNow, String langNow,
                        Function<String, String> text) {
        this.events = List.copyOf(Objects.requireNonNull(events, "events"));
        this.title = Objects.requireNonNull(title, "title");
        this.text = Objects.requireNonNull(text, "text");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(text.apply("export.title"));
        format.getItems().setAll(ExportFormat.values());
        format.setValue(ExportFormat.SVG);
        format.setConverter(converter(f -> text.apply("export.format." + f.extension())));
        rangeKind.getItems().setAll(ExportRange.Kind.values());
        rangeKind.setValue(ExportRange.Kind.ALL);
        rangeKind.setConverter(converter(k -> text.apply("export.range." + k.name().toLowerCase(java.util.Locale.ROOT))));
        range.setPromptText("2-5");
        range.disableProperty().bind(rangeKind.valueProperty().isEqualTo(ExportRange.Kind.ALL));
        dark.getItems().setAll(false, true);
        dark.setValue(darkNow);
        dark.setConverter(converter(d -> text.apply(d ? "export.theme.dark" : "export.theme.light")));
        lang.getItems().setAll("en", "zh");
        lang.setValue("zh".equals(langNow) ? "zh" : "en");
        lang.setConverter(converter(l -> "zh".equals(l) ? "中文" : "English"));
        stage.setScene(new Scene(layout()));
        format.valueProperty().addListener((o, a, b) -> preview());
        rangeKind.valueProperty().addListener((o, a, b) -> preview());
        range.textProperty().addListener((o, a, b) -> preview());
        dark.valueProperty().addListener((o, a, b) -> preview());
        lang.valueProperty().addListener((o, a, b) -> preview());
        export.setOnAction(e -> chooseAndExport());
        cancel.setOnAction(e -> cancelOrClose());
        stage.setOnHidden(e -> cancelled.set(true));
        preview();
    }

    public void show() {
        stage.show();
    }

    /** The dialog's window (tests look into it). */
    public Stage stage() {
        return stage;
    }

    private VBox layout() {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(text.apply("export.format")), format);
        form.addRow(1, new Label(text.apply("export.range")), new HBox(8, rangeKind, range));
        form.addRow(2, new Label(text.apply("export.theme")), dark);
        form.addRow(3, new Label(text.apply("export.lang")), lang);
        image.setFitWidth(PREVIEW_W);
        image.setFitHeight(PREVIEW_H);
        image.setPreserveRatio(true);
        textPreview.setEditable(false);
        textPreview.setVisible(false); // until a text format is chosen
        textPreview.setPrefSize(PREVIEW_W, PREVIEW_H);
        textPreview.getStyleClass().add("mono");
        StackPane preview = new StackPane(image, textPreview);
        preview.setPrefSize(PREVIEW_W, PREVIEW_H);
        preview.setMinHeight(PREVIEW_H);
        export.setText(text.apply("export.button"));
        export.setDefaultButton(true);
        export.setId("exportButton");
        cancel.setText(text.apply("export.cancel"));
        cancel.setCancelButton(true);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox buttons = new HBox(10, progress, cancel, export);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        message.setWrapText(true);
        message.setId("exportMessage");
        VBox root = new VBox(12, form, new Label(text.apply("export.preview")), preview, message, buttons);
        root.setPadding(new Insets(16));
        return root;
    }

    /** The request the controls describe; throws {@link ExportException} for a bad range. */
    ExportRequest request() {
        ExportRange r = rangeKind.getValue() == ExportRange.Kind.ALL ? ExportRange.all()
                : ExportRange.parse(rangeKind.getValue(), range.getText());
        ExportRequest d = ExportRequest.of(format.getValue());
        return new ExportRequest(format.getValue(), new ExportStyle(dark.getValue(), lang.getValue()), r, d.width(),
                d.scale(), d.fps(), d.stepSeconds(), d.speed());
    }

    /** Renders the preview on a worker thread; only the newest one is shown. */
    private void preview() {
        int generation = ++previewGeneration;
        ExportRequest req;
        try {
            req = request();
        } catch (ExportException e) {
            message.setText(e.getMessage());
            return;
        }
        message.setText("");
        Thread t = new Thread(() -> {
            Object result;
            try {
                Exporter x = new Exporter(events, title, req);
                result = req.format() == ExportFormat.PUML || req.format() == ExportFormat.MMD ? x.previewText()
                        : x.previewImage(PREVIEW_W * 2, PREVIEW_H * 2);
            } catch (ExportException e) {
                result = e;
            }
            Object shown = result;
            Platform.runLater(() -> showPreview(generation, shown));
        }, "export-preview");
        t.setDaemon(true);
        t.start();
    }

    private void showPreview(int generation, Object result) {
        if (generation != previewGeneration) {
            return;
        }
        if (result instanceof ExportException e) {
            message.setText(e.getMessage());
            image.setImage(null);
            textPreview.setVisible(false);
        } else if (result instanceof String s) {
            textPreview.setText(s);
            textPreview.setVisible(true);
            image.setImage(null);
        } else if (result instanceof BufferedImage img) {
            image.setImage(toFx(img));
            textPreview.setVisible(false);
        }
    }

    private void chooseAndExport() {
        ExportFormat f = format.getValue();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.apply("export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.apply("export.format." + f.extension()),
                "*." + f.extension()));
        chooser.setInitialFileName((title.isBlank() ? "session" : title.replaceAll("[^\\p{L}\\p{N}._-]+", "-")) + "." + f.extension());
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Exports to {@code out} on a worker thread; the dialog closes when it is done. */
    void exportTo(Path out) {
        ExportRequest req;
        try {
            req = request();
        } catch (ExportException e) {
            message.setText(e.getMessage());
            return;
        }
        cancelled.set(false);
        progress.setProgress(0);
        progress.setVisible(true);
        export.setDisable(true);
        message.setText(text.apply("export.working"));
        worker = new Thread(() -> {
            String failure = null;
            try {
                new Exporter(events, title, req)
                        .progress(p -> Platform.runLater(() -> progress.setProgress(p)))
                        .cancelled(cancelled::get)
                        .writeTo(out);
            } catch (CancellationException e) {
                failure = text.apply("export.cancelled");
            } catch (ExportException e) {
                failure = e.getMessage();
            } catch (java.io.IOException | RuntimeException e) {
                failure = out + ": " + e.getMessage();
            }
            String f = failure;
            Platform.runLater(() -> finished(f));
        }, "export");
        worker.setDaemon(true);
        worker.start();
    }

    private void finished(String failure) {
        worker = null;
        progress.setVisible(false);
        export.setDisable(false);
        if (failure == null) {
            stage.close();
        } else {
            message.setText(failure);
        }
    }

    private void cancelOrClose() {
        if (worker != null) {
            cancelled.set(true);
        } else {
            stage.close();
        }
    }

    /** A Java2D image as a JavaFX image, pixel for pixel (no javafx-swing). */
    static WritableImage toFx(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return out;
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choice boxes do not parse");
            }
        };
    }
}
