package io.sockscope.app.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.app.diagram.layout.EchoSession;
import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.diagram.paint.DiagramPainter;
import io.sockscope.app.diagram.paint.Viewport;
import io.sockscope.app.diagram.surface.RecordingSurface;
import io.sockscope.model.event.Event;
import java.util.AbstractList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The live window's diagram keeps the drawing of its newest rows only; scrolled back to the
 * start of a long session it reads that part again off the FX thread, says so meanwhile, and
 * then draws it as a fold that kept every row draws it, while live batches go on coming.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LiveRegionViewTest {
    private static final EchoSession SESSION = new EchoSession(160_000, 30);
    private final Prefix events = new Prefix();
    private DiagramView view;

    /** The session's first n events: the store as it grows. */
    private static final class Prefix extends AbstractList<Event> {
        private volatile int n;

        @Override
        public Event get(int index) {
            java.util.Objects.checkIndex(index, n);
            return SESSION.get(index);
        }

        @Override
        public int size() {
            return n;
        }
    }

    @Start
    void start(Stage stage) {
        view = new DiagramView();
        view.setLiveEvents(events, events);
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
    }

    @Test
    void scrolledBackALiveViewReadsThatPartAgainAndDrawsItAsTheWholeFold() throws Exception {
        feed(150_000);
        SessionFold live = view.fold();
        assertThat(live.firstHeld()).as("rows let go").isGreaterThan(50_000);

        WaitForAsyncUtils.asyncFx(() -> {
            view.selectionProperty().set(new Selection("c2", 1_000, true));
            view.reveal(1_000); // an early event: its rows were let go
            view.redrawNow();
        }).get(20, TimeUnit.SECONDS);
        assertThat(WaitForAsyncUtils.asyncFx(() -> view.shown()).get(20, TimeUnit.SECONDS))
                .as("nothing of it drawn until read").isSameAs(live);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            view.redrawNow();
            return view.shown() != live;
        }).get());
        feed(152_000); // live batches go on into the region too
        List<String>[] drawn = WaitForAsyncUtils.asyncFx(() -> {
            view.redrawNow();
            Viewport v = view.viewport();
            assertThat(v.fold()).isNotSameAs(live);
            assertThat(v.firstRow()).isLessThan(live.rowOfSeq(1_000)).isLessThan(live.firstHeld());
            assertThat(view.foldHolding(1_000)).isSameAs(v.fold());
            SessionFold whole = SessionFold.bounded(events, Integer.MAX_VALUE);
            whole.end();
            Viewport w = new Viewport(whole, new RowAxis(LayoutMode.STEPS).update(whole), v.cols(), v.palette(),
                    v.width(), v.height(), v.zoom(), v.scrollX(), v.scrollY(), v.selection(),
                    new Viewport.Fonts(v.font(), v.small(), v.bold()));
            @SuppressWarnings("unchecked")
            List<String>[] both = new List[] {record(v), record(w)};
            return both;
        }).get(60, TimeUnit.SECONDS);
        assertThat(drawn[0]).hasSizeGreaterThan(100);
        assertThat(String.join("\n", drawn[0])).isEqualTo(String.join("\n", drawn[1]));

        WaitForAsyncUtils.asyncFx(() -> {
            view.followHead();
            view.redrawNow();
            assertThat(view.shown()).isSameAs(view.fold()); // back to live: the live fold again
        }).get(20, TimeUnit.SECONDS);
        feed(153_000);
        assertThat(WaitForAsyncUtils.asyncFx(() -> view.foldHolding(1_000)).get(20, TimeUnit.SECONDS))
                .as("the region stays while an event in it is selected").isNotSameAs(view.fold());
        WaitForAsyncUtils.asyncFx(() -> view.selectionProperty().set(null)).get(20, TimeUnit.SECONDS);
        feed(154_000);
        assertThat(WaitForAsyncUtils.asyncFx(() -> view.foldHolding(1_000)).get(20, TimeUnit.SECONDS))
                .as("following the newest rows with nothing older selected, the region is let go").isSameAs(view.fold());
    }

    private static List<String> record(Viewport v) {
        RecordingSurface s = new RecordingSurface(RecordingSurface.fixedMetrics());
        new DiagramPainter().paint(s, v);
        return s.lines();
    }

    /** Feeds the live view up to {@code n} events, in batches as the window's feed does. */
    private void feed(int n) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            while (events.n < n) {
                int from = events.n;
                events.n = Math.min(n, from + 2_000);
                view.append(List.copyOf(events.subList(from, events.n)));
            }
        }).get(60, TimeUnit.SECONDS);
    }
}
