package io.sockscope.app.live;

import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.ui.I18n;
import io.sockscope.model.engine.Engine;

/** What the palette, menus and dialogs need from the live window. FX thread only. */
interface LiveContext {
    /**
     * The engine of the running live session; starts a new engine session if none runs or the
     * running one is fed by another source (a program being watched takes no calls).
     */
    Engine engine();

    /** True while a live session fed by the engine runs (calls on lifelines make sense only then). */
    boolean isLive();

    /** What the diagram shows now. */
    SessionFold fold();

    /** Shows a short message under the palette (an explanation, a hint). */
    void say(String text);

    I18n i18n();

    /** The disk budget of each autosave, MiB (a setting; 0: none). */
    int autosaveBudgetMib();

    /** Bytes of each payload a live engine session keeps (a setting; 0: none). */
    int livePayloadCap();

    CallDialogs dialogs();

    javafx.stage.Window owner();
}
