package io.sockscope.app.ui;

import io.sockscope.app.diagram.layout.LayoutMode;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** How the diagram is shown: layout (steps or time) and zoom, changed only through commands. */
public final class ViewOptions {
    public static final double MIN_ZOOM = 0.25;
    public static final double MAX_ZOOM = 4.0;
    private static final double STEP = 1.25;

    private final ReadOnlyObjectWrapper<LayoutMode> layout = new ReadOnlyObjectWrapper<>(this, "layout", LayoutMode.STEPS);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1.0);
    private final javafx.beans.property.BooleanProperty fitWidth =
            new javafx.beans.property.SimpleBooleanProperty(this, "fitWidth", true);

    /** True while the diagram's zoom follows its width (the default for a session just opened). */
    public javafx.beans.property.BooleanProperty fitWidthProperty() {
        return fitWidth;
    }

    /** Zooms so that every column shows, and keeps doing so as the window changes. */
    public void fitToWidth() {
        fitWidth.set(true);
    }

    public ReadOnlyObjectProperty<LayoutMode> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public void setLayout(LayoutMode mode) {
        layout.set(java.util.Objects.requireNonNull(mode, "mode"));
    }

    public void zoomIn() {
        fitWidth.set(false);
        setZoom(zoom.get() * STEP);
    }

    public void zoomOut() {
        fitWidth.set(false);
        setZoom(zoom.get() / STEP);
    }

    public void resetZoom() {
        fitWidth.set(false);
        setZoom(1.0);
    }

    /** Sets the zoom factor, kept within {@value #MIN_ZOOM}..{@value #MAX_ZOOM}. */
    public void setZoom(double factor) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, factor)));
    }
}
