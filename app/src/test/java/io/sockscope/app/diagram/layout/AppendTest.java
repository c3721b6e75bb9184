package io.sockscope.app.diagram.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.app.diagram.bench.SyntheticSession;
import io.sockscope.model.event.Event;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A live session folded batch by batch ends up with the same diagram as the whole file folded at once. */
class AppendTest {

    @Test
    void foldingInBatchesEqualsFoldingTheWholeSession() {
        List<Event> events = SyntheticSession.generate(20_000, 7);
        SessionFold whole = SessionFold.of(events);
        SessionFold live = new SessionFold();
        Random rnd = new Random(3);
        RowAxis axis = new RowAxis(LayoutMode.TIME);
        for (int i = 0; i < events.size(); ) {
            int n = Math.min(events.size() - i, 1 + rnd.nextInt(300));
            live.append(events.subList(i, i + n));
            axis.update(live);
            i += n;
        }
        live.end();
        assertThat(live.rowCount()).isEqualTo(whole.rowCount());
        assertThat(live.arrows()).isEqualTo(whole.arrows());
        assertThat(live.creations()).isEqualTo(whole.creations());
        assertThat(live.marks()).isEqualTo(whole.marks());
        assertThat(live.activations()).isEqualTo(whole.activations());
        assertThat(live.columns()).extracting(Lifeline::socket).isEqualTo(whole.columns().stream().map(Lifeline::socket).toList());
        RowAxis once = new RowAxis(LayoutMode.TIME).update(whole);
        assertThat(axis.height()).isEqualTo(once.height());
        assertThat(axis.gaps()).isEqualTo(once.gaps());
    }

    @Test
    void syntheticBenchSessionAccountsForEveryByteRead() {
        List<Event> events = SyntheticSession.generate(20_000, 11);
        SessionFold f = SessionFold.of(events);
        long read = events.stream().filter(e -> e instanceof io.sockscope.model.event.Recv r && r.done() > 0)
                .mapToLong(e -> ((io.sockscope.model.event.Recv) e).done()).sum();
        long carried = f.arrows().stream().filter(a -> !a.datagram()).mapToLong(DataArrow::length).sum();
        assertThat(carried).isEqualTo(read);
        assertThat(f.arrows()).anyMatch(DataArrow::lost);
    }
}
