package io.sockscope.app.ui;

/** How the diagram spaces rows: one per event, or by elapsed time. */
public enum LayoutMode {
    STEPS, TIME
}
