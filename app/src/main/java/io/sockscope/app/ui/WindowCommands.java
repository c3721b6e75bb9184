package io.sockscope.app.ui;

import java.nio.file.Path;

/** What menus, toolbar and drag-and-drop can ask the window to do. */
public interface WindowCommands {
    /** Asks for a session file and opens it. */
    void openDialog();

    void open(Path file);

    /** Asks what to export (format, range, theme, language) and writes the file. */
    void exportDialog();

    /** Asks for a program to run under strace and draws its socket calls live. */
    void traceDialog();

    /** Asks where to save the session (with the teacher's captions) and writes a new file there. */
    void saveAsDialog();

    /** Adds a caption or question right after the present event (Ctrl+M). */
    void addNote();

    /** Edits the selected caption or question. */
    void editNote();

    /** Deletes the selected caption or question. */
    void deleteNote();

    void quit();

    /** Plays a scenario live on real sockets. */
    void runScenario(String id);

    /** Ends the live session (scenario or server). */
    void stopLive();

    void about();

    /** Presents the open session full screen (F5). */
    void present();
}
