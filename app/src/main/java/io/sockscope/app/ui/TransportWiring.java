package io.sockscope.app.ui;

import io.sockscope.app.diagram.Selection;
import io.sockscope.app.diagram.layout.Activation;
import io.sockscope.app.diagram.layout.CreationArrow;
import io.sockscope.app.diagram.layout.DataArrow;
import io.sockscope.app.diagram.layout.Mark;
import io.sockscope.app.diagram.layout.MarkKind;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.transport.TimelineMarks;
import io.sockscope.app.transport.TimelineView;
import io.sockscope.app.transport.Timing;
import io.sockscope.app.transport.Transport;
import io.sockscope.app.transport.TransportBar;
import io.sockscope.app.transport.TransportKeys;
import io.sockscope.app.transport.Words;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import javafx.animation.AnimationTimer;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.scene.layout.VBox;

/**
 * Puts the transport under the diagram and keeps it in step with the window: the position is
 * the selected event (choosing an event anywhere seeks there), the diagram shows the session up
 * to it (later events hidden, a setting), and a pulse timer plays it.
 */
final class TransportWiring {
    private final SessionViewModel vm;
    private final DiagramPane diagram;
    private final Transport transport;
    private final TimelineView timeline;
    private final TransportBar bar;
    private final VBox pane;
    private boolean syncing;

    TransportWiring(SessionViewModel vm, DiagramPane diagram, I18n i18n, Themes themes) {
        this.vm = vm;
        this.diagram = diagram;
        Timing timing = new WindowTiming();
        transport = new Transport(timing);
        Words words = new Words() {
            @Override
            public String t(String key, Object... args) {
                return i18n.t(key, args);
            }

            @Override
            public Observable language() {
                return i18n.languageProperty();
            }
        };
        timeline = new TimelineView(transport, timing, this::marks);
        bar = new TransportBar(transport, words, () -> vm.events().size(), this::stepOf, () -> diagram.fullFold().stepCount());
        pane = new VBox(timeline, bar);
        pane.getStyleClass().add("transport-pane");
        timeline.setDark(themes.theme().dark());
        themes.themeProperty().addListener((o, a, b) -> timeline.setDark(b.dark()));
        TransportKeys.install(diagram.view(), transport);
        transport.positionProperty().addListener((o, a, b) -> moved(b.longValue()));
        vm.selectionProperty().addListener((o, a, b) -> selected(b));
        bar.hideLaterProperty().addListener((o, a, b) -> show(transport.position()));
        vm.events().addListener((ListChangeListener<Event>) c -> {
            transport.setTiming(timing);
            timeline.setTiming(timing, this::marks);
            bar.refresh();
        });
        vm.liveProperty().addListener((o, a, b) -> show(transport.position()));
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                transport.tick(now);
            }
        }.start();
    }

    VBox pane() {
        return pane;
    }

    Transport transport() {
        return transport;
    }

    /** The position moved (a key, a button, the timeline, playing): select that event and show the session up to it. */
    private void moved(long k) {
        if (!syncing) {
            syncing = true;
            try {
                if (k < 0) {
                    vm.select(null);
                } else {
                    Selection s = vm.selectionProperty().get();
                    if (s == null || s.seq() != k) {
                        vm.selectEvent(k);
                    }
                }
            } finally {
                syncing = false;
            }
        }
        show(k);
    }

    /** An event was chosen elsewhere (the list, a click in the diagram): that is the position now. */
    private void selected(Selection s) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            transport.positionProperty().set(s == null ? -1 : s.seq());
        } finally {
            syncing = false;
        }
    }

    private void show(long k) {
        // the diagram is cut at k, whatever the session's size; a live session keeps showing its newest events
        boolean hide = bar.hideLaterProperty().get() && !vm.liveProperty().get();
        diagram.showUpTo(hide ? k : -1);
    }

    /** The step (1-based) in force at event {@code seq}: the number of captions at or before it. */
    private int stepOf(long seq) {
        SessionFold f = diagram.fullFold();
        int lo = 0;
        int hi = f.stepCount();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (f.stepSeq(mid) <= seq) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private TimelineMarks marks() {
        SessionFold f = diagram.fullFold();
        TimelineMarks m = new TimelineMarks();
        for (Mark mark : f.marks()) {
            if (mark.kind() == MarkKind.ERROR || mark.kind() == MarkKind.RESET) {
                m.add(TimelineMarks.Kind.ERROR, mark.seq());
            }
        }
        for (CreationArrow c : f.creations()) {
            m.add(TimelineMarks.Kind.ACCEPT, c.seq());
        }
        for (Activation a : f.activations()) {
            if (a.select()) {
                m.add(TimelineMarks.Kind.SELECT, a.fromSeq());
            }
        }
        for (DataArrow a : f.arrows()) {
            if (a.lost() && a.toRow() >= 0 && a.toRow() < f.rowCount()) {
                m.add(TimelineMarks.Kind.DROP, f.rows().get(a.toRow()).seq());
            }
        }
        return m.sorted();
    }

    /** The open session as the transport sees it. */
    private final class WindowTiming implements Timing {
        @Override
        public long size() {
            return vm.events().size();
        }

        @Override
        public int steps() {
            return diagram.fullFold().stepCount();
        }

        @Override
        public long stepSeq(int i) {
            return diagram.fullFold().stepSeq(i);
        }

        @Override
        public int questions() {
            return diagram.fullFold().questionCount();
        }

        @Override
        public long questionSeq(int i) {
            return diagram.fullFold().questionSeq(i);
        }

        @Override
        public long t(long seq) {
            return vm.events().get((int) seq).t();
        }

        @Override
        public boolean stop(long seq) {
            return vm.events().get((int) seq).type() != EventType.QUEUES;
        }
    }
}
