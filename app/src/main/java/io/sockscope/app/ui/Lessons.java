package io.sockscope.app.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The teacher's captions and questions on the window's session, and Save As (the lesson
 * package implements it and attaches itself to the window).
 */
public interface Lessons {
    /** Asks for a caption or question and puts it right after the present event (Ctrl+M). */
    void addHere();

    /** Edits the selected caption or question. */
    void editSelected();

    /** Deletes the selected caption or question. */
    void deleteSelected();

    /** True while the shown session has captions or questions not yet saved. */
    boolean edited();

    /** Whether the shown session may be let go of (asks when captions are unsaved). */
    boolean discardable();

    /** Writes the shown session, with its captions, to {@code target}; completes with whether it was written. */
    CompletableFuture<Boolean> saveAs(Path target);
}
