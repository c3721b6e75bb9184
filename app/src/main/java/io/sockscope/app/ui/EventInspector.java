package io.sockscope.app.ui;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Select;
import java.lang.reflect.RecordComponent;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Shows every field of one event; a payload as text and hex, a select's readiness table. */
final class EventInspector extends VBox {

    /** {@code java}: the event is a call of Sockscope's own Java engine (C and Python's answer is shown where it differs). */
    EventInspector(Event e, I18n i18n, boolean java) {
        super(8);
        getStyleClass().add("event-inspector");
        getChildren().add(Inspectors.heading(i18n.t("inspector.event", EventSummary.typeName(e.type(), i18n), e.seq())));
        GridPane grid = Inspectors.grid();
        Payload payload = null;
        int row = 0;
        for (RecordComponent c : e.getClass().getRecordComponents()) {
            Object v = value(c, e);
            if (v instanceof io.sockscope.model.event.Quiz || (v == null && c.getName().equals("quiz"))) {
                continue; // a question shows below as a card; a caption has none
            }
            if (e instanceof io.sockscope.model.event.Open && (c.getName().equals("copyOf") && "".equals(v)
                    || c.getName().equals("thread") && Integer.valueOf(io.sockscope.model.event.Open.NO_PID).equals(v))) {
                continue; // only a traced descriptor's copy, or a thread's lifeline, has them
            }
            if (v instanceof Payload p) {
                payload = p;
                v = p.cut() ? i18n.t("inspector.payloadCut", p.length(), p.kept()) : i18n.t("inspector.payloadBytes", p.length());
            } else if (c.getName().equals("t")) {
                v = String.format("%.6f s", ((Long) v) / 1e9);
            } else if (v instanceof java.util.List<?> l) {
                v = l.size();
            } else if (v instanceof Boolean b) {
                v = i18n.t(b ? "value.true" : "value.false");
            } else if (v instanceof io.sockscope.model.event.ErrorKind k) {
                v = i18n.t("canvas.error." + k.name());
            } else if (v instanceof io.sockscope.model.event.ShutdownHow h) {
                v = i18n.t("canvas.how." + h.name());
            } else if (e instanceof io.sockscope.model.event.Queues && v instanceof Number n && n.longValue() < 0) {
                v = "—"; // a figure that does not apply to this socket (a listener's queue on a client, UDP drops on TCP)
            } else if (v instanceof String str && c.getName().equals("owner")) {
                v = OwnerWords.show(str, i18n);
            }
            String key = "field." + c.getName(); // a field a newer model adds shows its own name
            Inspectors.row(grid, row++, i18n.has(key) ? i18n.t(key) : c.getName(), String.valueOf(v));
        }
        getChildren().add(grid);
        if (payload != null && payload.kept() > 0) {
            getChildren().addAll(Inspectors.heading(i18n.t("inspector.text")),
                    mono("payloadText", PayloadText.text(payload.bytes())),
                    Inspectors.heading(i18n.t("inspector.hex")),
                    mono("payloadHex", PayloadText.hex(payload.bytes(), 8)));
        }
        String contrast = java ? ApiContrast.of(e, i18n) : null;
        if (contrast != null) {
            Label l = new Label(contrast);
            l.setId("apiContrast");
            l.setWrapText(true);
            l.setMinHeight(Label.USE_PREF_SIZE);
            getChildren().addAll(Inspectors.heading(i18n.t("inspector.contrast")), l);
        }
        if (e instanceof io.sockscope.model.event.Note n && n.question()) {
            QuestionCard card = new QuestionCard(i18n);
            card.show(n, true);
            getChildren().addAll(Inspectors.heading(i18n.t("inspector.question")), card);
        }
        if (e instanceof Select s) {
            getChildren().addAll(Inspectors.heading(i18n.t("inspector.readiness")), new ReadinessTable(s, i18n), legend(i18n));
        }
    }

    private static Label legend(I18n i18n) {
        Label l = new Label(i18n.t("inspector.readinessLegend"));
        l.setWrapText(true);
        l.getStyleClass().add("hint");
        return l;
    }

    private static Object value(RecordComponent c, Event e) {
        try {
            return c.getAccessor().invoke(e);
        } catch (ReflectiveOperationException ex) {
            // records' accessors are public; failing here means a broken event class
            throw new IllegalStateException("cannot read " + c.getName() + " of " + e.type(), ex);
        }
    }

    private static TextArea mono(String id, String text) {
        TextArea area = new TextArea(text);
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(false);
        area.getStyleClass().add("mono");
        long lines = Math.max(1, text.lines().count());
        area.setPrefRowCount((int) Math.min(12, lines));
        return area;
    }
}
