package io.sockscope.app.diagram.layout.text;

import io.sockscope.app.diagram.layout.Words;
import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.SessionFold;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces of text placement: wrapping keeps every character, the placer never overlaps, crowds merge. */
class PlacementTest {
    private final TextMeasure m = TextMeasure.estimate();

    @Test
    void wrappingBreaksAtSpacesAndKeepsEveryWord() {
        String text = "The client calls shutdown(SHUT_WR), the tutorial's shutdown(1): a FIN says my request is complete.";
        List<String> lines = LineWrap.wrap(text, 300, m, TextStyle.NORMAL);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo(text);
        assertThat(lines).allSatisfy(l -> assertThat(m.width(l, TextStyle.NORMAL)).isLessThanOrEqualTo(300));
        assertThat(String.join("", lines)).doesNotContain("…");
    }

    @Test
    void chineseBreaksBetweenCharactersButNeverBeforeClosingPunctuation() {
        String text = "客户端连续发送了五次，每次十万字节，服务器一次也没有读。";
        List<String> lines = LineWrap.wrap(text, 14 * 5, m, TextStyle.NORMAL);
        assertThat(String.join("", lines)).isEqualTo(text);
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotStartWith("，").doesNotStartWith("。"));
    }

    @Test
    void aWordLongerThanTheLineBreaksInsideIt() {
        List<String> lines = LineWrap.wrap("/tmp/a-very-long-unix-socket-path-name.sock", 100, m, TextStyle.NORMAL);
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join("", lines)).isEqualTo("/tmp/a-very-long-unix-socket-path-name.sock");
    }

    @Test
    void aTakenSpotSendsTheLabelToTheNextCandidateThenOutOnALeader() {
        Placer p = new Placer(2, 0, 0, 400, 400);
        p.reserve(TextBox.centred(100, 100, 10, 10));
        Placer.Placement first = p.place(60, 16, new double[] {100, 100, 200, 100}, 100, 100, 60);
        assertThat(first.box().centreX()).isEqualTo(200);
        assertThat(first.leader()).isFalse();
        Placer.Placement second = p.place(60, 16, new double[] {200, 100}, 200, 100, 60);
        assertThat(second.leader()).isTrue();
        assertThat(second.box().intersects(first.box())).isFalse();
        assertThat(p.place(60, 16, new double[] {200, 100}, 200, 100, 0)).as("no reach: no place").isNull();
    }

    @Test
    void boxesBeyondTheGridsAreaStillKeepLabelsApart() {
        Placer p = new Placer(2, 0, 0, 200, 200);
        p.reserve(TextBox.centred(-500, 900, 40, 16));
        assertThat(p.free(TextBox.centred(-490, 905, 40, 16))).as("overlaps a box left of and below the area").isFalse();
        assertThat(p.free(TextBox.centred(-500, 960, 40, 16))).isTrue();
        Placer.Placement moved = p.place(40, 16, new double[] {-500, 900}, -500, 900, 60);
        assertThat(moved.leader()).isTrue();
        assertThat(moved.box().intersects(TextBox.centred(-500, 900, 40, 16))).isFalse();
    }

    @Test
    void aHundredSendsInOneFrameAreEachLabelledOrGroupedNoneLost() {
        SessionFold fold = SessionFold.of(TextPlanTest.hundredSends());
        RowAxis axis = new RowAxis(LayoutMode.TIME).update(fold);
        ColumnLayout cols = new ColumnLayout(fold.columns());
        TextPlan plan = TextPlan.of(new TextPlan.Frame(fold, axis, cols, 1200, m, Words.ENGLISH), 0, fold.rowCount() - 1);
        assertThat(plan.unplaced()).isEmpty();
        java.util.Set<Long> labelled = new java.util.HashSet<>();
        plan.texts().stream().filter(t -> t.kind() == TextPlan.Kind.CALL).forEach(t -> labelled.add(t.seq()));
        java.util.Set<Long> grouped = new java.util.HashSet<>();
        for (Burst b : plan.bursts()) {
            for (int r = b.firstRow(); r <= b.lastRow(); r++) {
                grouped.add(fold.rows().get(r).event().seq());
            }
        }
        List<Long> sends = fold.rows().stream().map(r -> r.event())
                .filter(e -> e.type() == io.sockscope.model.event.EventType.SEND).map(e -> e.seq()).toList();
        assertThat(sends).hasSize(100);
        assertThat(sends).allMatch(seq -> labelled.contains(seq) || grouped.contains(seq));
    }

    @Test
    void aGroupLabelSaysHowManyAndHowMuchInBothLanguages() {
        Burst b = new Burst("s2", io.sockscope.model.event.EventType.SEND, 7, 106, 100, 416_120);
        assertThat(b.label(Words.ENGLISH)).isEqualTo("100 sends · 416,120 B"); // 3 whole, 2 partial, 47 of 1,000 B
        assertThat(b.plus(107, 1_000).label(Words.ENGLISH)).isEqualTo("101 sends · 417,120 B");
        assertThat(b.label(TextPlanTest.chinese())).contains("100 次").contains("416,120 字节");
    }
}
