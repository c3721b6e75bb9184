package io.sockscope.app.diagram.layout.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.app.diagram.bench.SyntheticSession;
import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.diagram.layout.Words;
import io.sockscope.model.event.Event;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A plan's later rounds keep the first round's place for labels far from any change: the plan
 * must come out exactly as when every label is placed again in every round. And a placer holding
 * few boxes (tested one by one) answers as one holding many (tested through its grid).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RoundsTest {
    private final TextMeasure m = TextMeasure.estimate();

    @Test
    void aWholePageComesOutAsWhenEveryRoundPlacesEveryLabel() {
        int merged = 0;
        for (List<Event> events : List.of(SyntheticSession.generate(3_000, 1), SyntheticSession.generate(3_000, 7),
                TextPlanTest.hundredSends(), TextPlanTest.thousandConnections())) {
            for (LayoutMode mode : LayoutMode.values()) {
                SessionFold fold = SessionFold.of(events);
                RowAxis axis = new RowAxis(mode).update(fold);
                ColumnLayout cols = new ColumnLayout(fold.columns());
                TextPlan.Frame f = new TextPlan.Frame(fold, axis, cols, Math.max(1200, cols.width()), m, Words.ENGLISH);
                TextPlan fast = TextPlan.of(f, 0, fold.rowCount() - 1);
                assertSame(fast, TextPlan.of(f, 0, fold.rowCount() - 1, false));
                merged += fast.bursts().size();
            }
        }
        assertThat(merged).as("some pages need a later round").isPositive();
    }

    @Test
    void framesDownASessionComeOutAsWhenEveryRoundPlacesEveryLabel() {
        int merged = 0;
        for (List<Event> events : List.of(SyntheticSession.generate(2_000, 3), TextPlanTest.hundredSends())) {
            SessionFold fold = SessionFold.of(events);
            RowAxis axis = new RowAxis(LayoutMode.TIME).update(fold);
            ColumnLayout cols = new ColumnLayout(fold.columns());
            TextPlan.Frame f = new TextPlan.Frame(fold, axis, cols, 900, m, Words.ENGLISH, 150);
            for (int first = 0; first < fold.rowCount(); first += 25) {
                TextPlan fast = TextPlan.of(f, first, first + 40);
                assertSame(fast, TextPlan.of(f, first, first + 40, false));
                merged += fast.bursts().size();
            }
        }
        assertThat(merged).as("some frames need a later round").isPositive();
    }

    @Test
    void aGroupLabelMovesTheLabelsNearItAndThoseNearThemButNoOthers() {
        // labels 0 and 1 one above the other, label 2 far away; then a group label takes label 0's spot
        List<Placer.Placement> reused = twoRounds(true);
        assertThat(reused).isEqualTo(twoRounds(false));
        assertThat(reused.get(0).box().centreY()).as("pushed down by the group label").isEqualTo(140);
        assertThat(reused.get(1).box().centreY()).as("pushed down by label 0").isEqualTo(180);
        assertThat(reused.get(2).box().centreY()).isEqualTo(600);
    }

    /** Places three labels, then again after a group label: the second round's places. */
    private static List<Placer.Placement> twoRounds(boolean reuse) {
        Rounds r = new Rounds(3, 0, 0, 1000, 1000, reuse);
        double[][] spots = {{100, 100, 100, 140, 100, 180}, {100, 140, 100, 180}, {100, 600}};
        List<Placer.Placement> out = new java.util.ArrayList<>();
        for (int round = 0; round < 2; round++) {
            r.begin(round);
            r.fixed(TextBox.centred(500, 500, 10, 10));
            r.fixedDone();
            if (round == 1) {
                assertThat(r.group(60, 18, new double[] {100, 100}, 100, 100, 0)).isNotNull();
            }
            out.clear();
            for (int k = 0; k < 3; k++) {
                out.add(r.same(k) ? r.before(k) : r.label(k, 60, 16, spots[k], spots[k].length, 100, 100, 0));
            }
        }
        return out;
    }

    private static void assertSame(TextPlan reused, TextPlan placedAgain) {
        assertThat(reused.texts()).isEqualTo(placedAgain.texts());
        assertThat(reused.marks()).isEqualTo(placedAgain.marks());
        assertThat(reused.bursts()).isEqualTo(placedAgain.bursts());
        assertThat(reused.unplaced()).isEqualTo(placedAgain.unplaced());
    }

    @Test
    void aFewBoxesAndManyBoxesAnswerAsEveryBoxTestedInTurn() {
        Random random = new Random(5);
        for (int n : new int[] {5, 32, 33, 400}) {
            Placer p = new Placer(2, 0, 0, 2000, 2000);
            List<TextBox> taken = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                TextBox b = new TextBox(random.nextDouble() * 2100 - 50, random.nextDouble() * 2100 - 50, 10 + random.nextDouble() * 120, 16);
                p.reserve(b);
                taken.add(b);
            }
            for (int q = 0; q < 2_000; q++) {
                TextBox b = new TextBox(random.nextDouble() * 2100 - 50, random.nextDouble() * 2100 - 50, 10 + random.nextDouble() * 120, 16);
                TextBox withMargin = new TextBox(b.x() - 2, b.y() - 2, b.w() + 4, b.h() + 4);
                boolean free = taken.stream().noneMatch(withMargin::intersects);
                assertThat(p.free(b)).as("%d boxes, query %s", n, b).isEqualTo(free);
            }
        }
    }
}
