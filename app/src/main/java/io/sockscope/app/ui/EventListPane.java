package io.sockscope.app.ui;

import io.sockscope.app.diagram.Selection;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * The event list (seq, time, socket, type, summary) with its filters, kept in step with the
 * selection. Its rows read the events from the session's store as they scroll into view.
 */
final class EventListPane extends BorderPane {
    private final SessionViewModel vm;
    private final I18n i18n;
    private final EventFilter filter;
    private final TableView<Event> table = new TableView<>();
    private final MeasuredRowHeight rowHeight = MeasuredRowHeight.of(table);
    /** The events the table shows: the session's list itself, or a filtered view of it while a filter is set. */
    private ObservableList<Event> shown;
    private final ListFollower follower;
    private final ComboBox<String> sockets = new ComboBox<>();
    private final ComboBox<EventType> types = new ComboBox<>();
    private boolean syncing;
    private boolean choicesStale;
    private final javafx.animation.PauseTransition followLater = new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));
    private final Set<String> ids = new LinkedHashSet<>();
    private final Set<EventType> present = new TreeSet<>();

    EventListPane(SessionViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.filter = new EventFilter(i18n);
        getStyleClass().add("event-list");
        setTop(filters());
        follower = new ListFollower(table, i18n, () -> vm.liveProperty().get() && vm.selectionProperty().get() == null);
        setCenter(follower.node());
        buildTable();
        vm.events().addListener((ListChangeListener<Event>) c -> {
            Growth.apply(c, () -> {
                ids.clear();
                present.clear();
                collect(vm.events());
            }, this::collect);
            if (vm.liveProperty().get()) {
                // a live batch: choices are brought up to date when a drop-down opens, and the table
                // follows at most a few times a second (each scroll lays it out), not on every frame
                choicesStale = true;
                if (followLater.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                    followLater.playFromStart();
                }
            } else {
                refillChoices();
            }
        });
        followLater.setOnFinished(e -> follower.rowsAdded()); // follows until the user picks a row or scrolls up
        sockets.setOnShowing(e -> refreshStaleChoices());
        types.setOnShowing(e -> refreshStaleChoices());
        vm.selectionProperty().addListener((o, a, b) -> showSelection(b));
        i18n.languageProperty().addListener((o, a, b) -> table.refresh());
    }

    /** A summary cell whose whole text is its tooltip when the column is too narrow for it (a long caption). */
    private static final class SummaryCell extends javafx.scene.control.TableCell<Event, String> {
        private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

        SummaryCell(MeasuredRowHeight rowHeight) {
            tip.setWrapText(true);
            tip.setMaxWidth(600);
            fontProperty().addListener((o, a, b) -> rowHeight.cellFont(b));
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            tip.setText(text);
            setTooltip(empty || text == null || text.isEmpty() ? null : tip);
        }
    }

    EventFilter filter() {
        return filter;
    }

    private HBox filters() {
        sockets.setId("socketFilter");
        types.setId("typeFilter");
        // fixed widths: measuring every choice (thousands of sockets in a live session) stalls each layout pass
        sockets.setPrefWidth(140);
        types.setPrefWidth(130);
        java.util.function.Function<String, String> socketName =
                v -> v == null || v.isEmpty() ? i18n.t("events.allSockets") : v;
        java.util.function.Function<EventType, String> typeName = v -> v == null ? i18n.t("events.allTypes") : EventSummary.typeName(v, i18n);
        sockets.setConverter(converter(socketName));
        types.setConverter(converter(typeName));
        sockets.setButtonCell(new ChoiceCell<>(socketName));
        sockets.setCellFactory(lv -> new ChoiceCell<>(socketName));
        types.setButtonCell(new ChoiceCell<>(typeName));
        types.setCellFactory(lv -> new ChoiceCell<>(typeName));
        sockets.valueProperty().addListener((o, a, b) -> filter.socketProperty().set(b == null ? "" : b));
        types.valueProperty().addListener((o, a, b) -> filter.typeProperty().set(b));
        TextField text = new TextField();
        text.setId("textFilter");
        text.promptTextProperty().bind(i18n.bind("events.search"));
        filter.textProperty().bind(text.textProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Label title = new Label();
        title.getStyleClass().add("pane-title");
        title.textProperty().bind(i18n.bind("events.title"));
        HBox box = new HBox(8, title, sockets, types, text);
        box.getStyleClass().add("filter-bar");
        refillChoices();
        return box;
    }

    /** A filter choice whose text follows the language ("All sockets" / "全部套接字"). */
    private final class ChoiceCell<T> extends javafx.scene.control.ListCell<T> {
        private final java.util.function.Function<T, String> name;

        private final javafx.beans.InvalidationListener relabel = o -> updateItem(getItem(), isEmpty());

        ChoiceCell(java.util.function.Function<T, String> name) {
            this.name = name;
            // weak: popup cells come and go, the language property lives as long as the window
            i18n.languageProperty().addListener(new javafx.beans.WeakInvalidationListener(relabel));
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(name.apply(item));
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T v) {
                return f.apply(v);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("filters are not editable");
            }
        };
    }

    private void collect(java.util.List<? extends Event> events) {
        PreparedSession ready = vm.preparedFor(events);
        if (ready != null) { // gathered while the file was read
            ids.addAll(ready.sockets());
            present.addAll(ready.types());
            return;
        }
        for (Event e : events) {
            if (e.socket() != null) {
                ids.add(e.socket());
            }
            if (e instanceof Accept a) {
                ids.add(a.child());
            }
            present.add(e.type());
        }
    }

    private void refreshStaleChoices() {
        if (choicesStale) {
            refillChoices();
        }
    }

    private void refillChoices() {
        choicesStale = false;
        // keep the user's choice while a live session grows; reset it when a session is replaced
        String socket = ids.contains(sockets.getValue()) ? sockets.getValue() : "";
        EventType type = types.getValue() != null && present.contains(types.getValue()) ? types.getValue() : null;
        ObservableList<String> socketItems = FXCollections.observableArrayList("");
        socketItems.addAll(ids);
        if (!socketItems.equals(sockets.getItems())) {
            sockets.setItems(socketItems);
        }
        sockets.setValue(socket);
        ObservableList<EventType> typeItems = FXCollections.observableArrayList((EventType) null);
        typeItems.addAll(present);
        if (!typeItems.equals(types.getItems())) {
            types.setItems(typeItems);
        }
        types.setValue(type);
    }

    private void buildTable() {
        table.setId("eventTable");
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        javafx.scene.control.Label none = new javafx.scene.control.Label();
        none.setId("eventTableEmpty");
        none.setWrapText(true);
        none.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.t(vm.events().isEmpty() ? "events.empty" : "events.noMatch"), vm.events(), i18n.languageProperty()));
        table.setPlaceholder(none);
        showFiltered(filter.predicateProperty().get());
        filter.predicateProperty().addListener((o, a, b) -> showFiltered(b));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Event, Number> seq = column("events.seq", 60);
        seq.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().seq()));
        TableColumn<Event, String> time = column("events.time", 90);
        time.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format("%.3f", c.getValue().t() / 1e6)));
        TableColumn<Event, String> socket = column("events.socket", 70);
        socket.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().socket() == null ? "" : c.getValue().socket()));
        TableColumn<Event, String> type = column("events.type", 80);
        type.setCellValueFactory(c -> new ReadOnlyStringWrapper(EventSummary.typeName(c.getValue().type(), i18n)));
        TableColumn<Event, String> summary = column("events.summary", 300);
        summary.setCellValueFactory(c -> new ReadOnlyStringWrapper(EventSummary.of(c.getValue(), i18n)));
        summary.setCellFactory(c -> new SummaryCell(rowHeight));
        table.getColumns().setAll(java.util.List.of(seq, time, socket, type, summary));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            io.sockscope.app.diagram.Selection now = vm.selectionProperty().get();
            // a refill (filters relabelled on a language switch) re-selects the same row: keep a lifeline selection
            if (!syncing && b != null && (now == null || now.seq() != b.seq())) {
                syncing = true;
                try {
                    vm.selectEvent(b.seq());
                } finally {
                    syncing = false;
                }
            }
        });
    }

    /** A filtered list tests every event: only while a filter is set (a big session is read through once for it). */
    private void showFiltered(java.util.function.Predicate<Event> p) {
        shown = p == null ? vm.events() : new FilteredList<>(vm.events(), p);
        table.setItems(shown);
        showSelection(vm.selectionProperty().get()); // the selected event stays selected if it is still listed
    }

    /** Row of event {@code seq} in the table, or -1 when filtered out. */
    private int rowOf(int seq) {
        return shown instanceof FilteredList<Event> f ? f.getViewIndex(seq) : seq < shown.size() ? seq : -1;
    }

    private <T> TableColumn<Event, T> column(String key, double width) {
        TableColumn<Event, T> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private void scrollIntoView(int row) {
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null) {
            table.scrollTo(Math.max(0, row - 2));
            return;
        }
        int first = flow.getFirstVisibleCell().getIndex();
        int last = flow.getLastVisibleCell().getIndex();
        if (row <= first || row >= last - 1) {
            table.scrollTo(Math.max(0, row - 2));
        }
    }

    private void showSelection(Selection s) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            Event e = s == null ? null : vm.event(s.seq());
            // event i of the session is element i of the list: no search through the events
            int row = e == null ? -1 : rowOf((int) e.seq());
            if (row < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(row);
                // after the pulse's layout, so the visible range is the one the user sees
                javafx.application.Platform.runLater(() -> scrollIntoView(row));
            }
        } finally {
            syncing = false;
        }
    }
}
