package io.sockscope.app.live;

import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.ui.I18n;

/** What the palette, menus and dialogs need from the live window. FX thread only. */
interface LiveContext {
    /** The running live session; starts one if there is none. */
    LiveSession session();

    /** True while a live session runs (calls on lifelines make sense only then). */
    boolean isLive();

    /** What the diagram shows now. */
    SessionFold fold();

    /** Shows a short message under the palette (an explanation, a hint). */
    void say(String text);

    I18n i18n();

    CallDialogs dialogs();

    javafx.stage.Window owner();
}
