package io.sockscope.app.diagram.layout.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.DataArrow;
import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.diagram.layout.Words;
import io.sockscope.sessions.Sessions;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A lost datagram's label carries the receiver's drop counter as the kernel reported it after that send. */
class LostDatagramLabelTest {
    private static final Path SAMPLE = Path.of(System.getProperty("sockscope.samples", "../resources/sessions"))
            .resolve("udp-overflow.sockscope");

    @Test
    void lostDatagramsSayHowManyTheKernelHasDropped() throws Exception {
        SessionFold fold = SessionFold.of(Sessions.readAll(SAMPLE).events());
        TextMeasure m = TextMeasure.estimate();
        // every row a row taller, as after the reader opened the sends' group label
        io.sockscope.app.diagram.layout.RowAxis axis = TextPlan.axis(LayoutMode.STEPS, 1600, m,
                r -> io.sockscope.app.diagram.layout.RowAxis.STEP).update(fold);
        ColumnLayout cols = new ColumnLayout(fold.columns());
        Pattern drops = Pattern.compile("kernel drops: (\\d+)");
        List<Integer> counts = new java.util.ArrayList<>();
        for (int first = 0; first < fold.rowCount(); first += 20) { // screen by screen, as the window plans them
            TextPlan plan = TextPlan.of(new TextPlan.Frame(fold, axis, cols, 1600, m, Words.ENGLISH), first,
                    Math.min(fold.rowCount() - 1, first + 19));
            plan.texts().stream().filter(t -> t.kind() == TextPlan.Kind.ARROW)
                    .map(t -> drops.matcher(String.join(" ", t.lines()))).filter(Matcher::find)
                    .forEach(x -> counts.add(Integer.parseInt(x.group(1))));
        }
        long lost = fold.arrows().stream().filter(DataArrow::lost).count();
        assertThat(lost).as("the sample loses datagrams").isPositive();
        assertThat(counts).as("labelled lost datagrams").isNotEmpty();
        assertThat(counts).as("the counter only grows").isSorted();
        assertThat(counts.get(counts.size() - 1)).as("never more drops than datagrams lost").isLessThanOrEqualTo((int) lost);
    }
}
