package io.sockscope.app.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.Row;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Revealing an event scrolls sideways only when its column is out of sight, and never cuts the first column seen. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RevealTest {
    private DiagramView view;
    private ColumnLayout cols;

    @Start
    void start(Stage stage) {
        view = new DiagramView();
        view.setEvents(DemoSessions.selectAndUdp());
        view.fitWidthProperty().set(false); // these tests scroll sideways: zoom 1, not fitted
        view.zoomProperty().set(1);
        cols = new ColumnLayout(view.fold().columns());
        // room for about two and a half columns: the session has more
        stage.setScene(new Scene(view, ColumnLayout.GUTTER + ColumnLayout.COLUMN * 2.5 + 14, 600));
        stage.show();
    }

    @Test
    void revealingTheFirstColumnFromTheStartDoesNotScrollSideways(FxRobot robot) {
        robot.interact(() -> view.reveal(rowOf(0).seq()));
        assertThat(view.scroller().x()).isZero();
    }

    @Test
    void revealingAFarColumnLeavesTheLeftmostColumnInSightWhole(FxRobot robot) {
        int last = view.fold().columns().size() - 1;
        assertThat(cols.left(last) + ColumnLayout.COLUMN).as("the last column starts out of sight")
                .isGreaterThan(visibleWidth());
        robot.interact(() -> view.reveal(rowOf(last).seq()));
        double x = view.scroller().x();
        assertThat(x).isPositive();
        assertThat(cols.left(last)).as("target starts in sight").isGreaterThanOrEqualTo(x + ColumnLayout.GUTTER - 0.5);
        assertThat(cols.left(last) + ColumnLayout.COLUMN).as("target ends in sight").isLessThanOrEqualTo(x + visibleWidth() + 0.5);
        boolean startsAtAColumn = false;
        for (int i = 0; i < cols.columns().size(); i++) {
            startsAtAColumn |= Math.abs(cols.left(i) - (x + ColumnLayout.GUTTER)) < 0.5;
        }
        assertThat(startsAtAColumn).as("the view starts at a column's left edge").isTrue();

        robot.interact(() -> view.reveal(rowOf(0).seq()));
        assertThat(view.scroller().x()).as("back to the first column, shown whole").isZero();
    }

    @Test
    void revealingAColumnAlreadyInSightKeepsTheSideScroll(FxRobot robot) {
        robot.interact(() -> view.reveal(rowOf(1).seq()));
        assertThat(view.scroller().x()).isZero();
    }

    @Test
    void revealingASelectedLifelineAtAnotherSocketsRowKeepsThatLifelineInSight(FxRobot robot) {
        int last = view.fold().columns().size() - 1;
        Row far = rowOf(last);
        String first = view.fold().columns().get(0).socket();
        robot.interact(() -> {
            view.selectionProperty().set(new Selection(first, far.seq(), false));
            view.reveal(far.seq());
        });
        assertThat(view.scroller().x()).as("the selected first lifeline stays whole").isZero();
    }

    @Test
    void scrolledFullyRightTheViewStartsAtAColumnEdge(FxRobot robot) {
        robot.interact(() -> view.scroller().scrollTo(1e6, 0));
        double x = view.scroller().x();
        assertThat(x).isPositive();
        boolean atEdge = false;
        for (int i = 0; i < cols.columns().size(); i++) {
            atEdge |= Math.abs(cols.left(i) - (x + ColumnLayout.GUTTER)) < 0.5;
        }
        assertThat(atEdge).as("x=" + x + " is a column's left edge less the gutter").isTrue();
    }

    private double visibleWidth() {
        return view.viewport().width() / view.viewport().zoom();
    }

    /** The first row of an event on the socket of column {@code column}. */
    private Row rowOf(int column) {
        Lifeline l = view.fold().columns().get(column);
        List<Row> rows = view.fold().rows();
        return rows.stream().filter(r -> l.socket().equals(r.event().socket())).findFirst().orElseThrow();
    }
}
