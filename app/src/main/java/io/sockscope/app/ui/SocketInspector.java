package io.sockscope.app.ui;

import io.sockscope.app.diagram.layout.OptionValue;
import io.sockscope.app.diagram.layout.QueueSample;
import io.sockscope.app.diagram.layout.SocketSnapshot;
import io.sockscope.model.event.Proto;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A socket at the selected moment: identity, addresses, state, byte totals, options and queue gauges. */
final class SocketInspector extends VBox {

    SocketInspector(SocketSnapshot s, long seq, I18n i18n) {
        super(8);
        setId("socketInspector");
        getStyleClass().add("socket-inspector");
        Label title = Inspectors.heading(i18n.t("inspector.socket", s.socket()) + "  ·  " + i18n.t("inspector.atEvent", seq));
        GridPane grid = Inspectors.grid();
        int row = 0;
        Inspectors.row(grid, row++, i18n.t("socket.state"), state(s.state(), i18n));
        if (!s.tcpState().isEmpty()) {
            Inspectors.row(grid, row++, i18n.t("socket.tcpState"), s.tcpState());
        }
        Inspectors.row(grid, row++, i18n.t("socket.fd"), s.fd() >= 0 ? String.valueOf(s.fd()) : "—");
        Inspectors.row(grid, row++, i18n.t("socket.proto"), s.proto() == Proto.SELECTOR ? state("selector", i18n)
                : (s.proto().name() + " / " + s.family().name()).toLowerCase(Locale.ROOT));
        if (!s.owner().isEmpty()) {
            Inspectors.row(grid, row++, i18n.t("socket.owner"), OwnerWords.show(s.owner(), i18n));
        }
        getChildren().addAll(title, grid);
        if (s.proto() == Proto.SELECTOR) {
            Inspectors.row(grid, row, i18n.t("socket.keys"), String.valueOf(s.keys()));
            return; // a selector has no addresses, bytes or queues of its own
        }
        Inspectors.row(grid, row++, i18n.t("socket.local"), s.local().isEmpty() ? "—" : s.local());
        Inspectors.row(grid, row++, i18n.t("socket.remote"), s.remote().isEmpty() ? "—" : s.remote());
        Inspectors.row(grid, row++, i18n.t("socket.mode"), i18n.t(s.blocking() ? "socket.blocking" : "socket.nonBlocking"));
        Inspectors.row(grid, row++, i18n.t("socket.sent"), String.format("%,d", s.bytesSent()));
        Inspectors.row(grid, row, i18n.t("socket.received"), String.format("%,d", s.bytesReceived()));
        getChildren().addAll(Inspectors.heading(i18n.t("socket.queues")), queues(s.queues(), i18n));
        if (!s.options().isEmpty()) {
            getChildren().addAll(Inspectors.heading(i18n.t("socket.options")), options(s.options(), i18n));
        }
    }

    /** The state in the window's language (the head on the canvas shows the same state). */
    static String state(String state, I18n i18n) {
        return i18n.has("state." + state) ? i18n.t("state." + state) : state;
    }

    private static VBox queues(QueueSample q, I18n i18n) {
        VBox box = new VBox(6);
        box.setId("queueGauges");
        if (q == null) {
            box.getChildren().add(new Label(i18n.t("socket.noQueues")));
            return box;
        }
        GridPane g = Inspectors.grid();
        int row = 0;
        if (q.listener()) {
            gauge(g, row++, i18n.t("socket.acceptQueue"), q.acceptQ(), q.backlog(), q.acceptFill(), "", i18n);
        } else {
            gauge(g, row++, i18n.t("socket.sendQueue"), q.sendQ(), q.sndBuf(), q.sendFill(), " B", i18n);
            gauge(g, row++, i18n.t("socket.recvQueue"), q.recvQ(), q.rcvBuf(), q.recvFill(), " B", i18n);
        }
        if (q.drops() >= 0) {
            Inspectors.row(g, row++, i18n.t("socket.drops"), String.format("%,d", q.drops()));
        }
        Label source = new Label(i18n.t("socket.source." + q.source().name()));
        source.getStyleClass().add("hint");
        source.setWrapText(true);
        box.getChildren().addAll(g, source);
        return box;
    }

    private static void gauge(GridPane g, int row, String name, int value, int cap, double fill, String unit, I18n i18n) {
        ProgressBar bar = new ProgressBar(fill);
        bar.getStyleClass().add("gauge");
        if (fill >= 0.999) {
            bar.getStyleClass().add("full");
        }
        bar.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(bar, Priority.ALWAYS);
        Label figure = new Label(cap > 0
                ? String.format("%,d / %,d%s", value, cap, unit)
                : String.format("%,d%s (%s)", value, unit, i18n.t("socket.unknownBuffer")));
        figure.getStyleClass().add("field-value");
        Label n = new Label(name);
        n.getStyleClass().add("field-name");
        VBox right = new VBox(2, bar, figure);
        g.addRow(row, n, right);
    }

    private static TableView<Map.Entry<String, OptionValue>> options(Map<String, OptionValue> options, I18n i18n) {
        TableView<Map.Entry<String, OptionValue>> t = new TableView<>(FXCollections.observableArrayList(options.entrySet()));
        t.setId("optionsTable");
        t.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        // every column shares the width by its preferred size: option names are the longest
        // (SO_REUSEADDR), "Java 报告" the longest heading
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        t.getColumns().add(col(i18n.t("socket.option"), Map.Entry::getKey, 135));
        t.getColumns().add(col(i18n.t("socket.asked"), e -> e.getValue().asked(), 65));
        t.getColumns().add(col(i18n.t("socket.reported"), e -> e.getValue().reported(), 80));
        t.getColumns().add(col(i18n.t("socket.kernel"), e -> e.getValue().kernel(), 70));
        t.setFixedCellSize(28);
        t.setPrefHeight(36 + 28 * options.size());
        t.setMinHeight(t.getPrefHeight());
        return t;
    }

    private static TableColumn<Map.Entry<String, OptionValue>, String> col(String title,
            java.util.function.Function<Map.Entry<String, OptionValue>, String> f, double width) {
        TableColumn<Map.Entry<String, OptionValue>, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(f.apply(cell.getValue())));
        return c;
    }
}
