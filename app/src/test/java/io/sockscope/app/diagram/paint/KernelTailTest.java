package io.sockscope.app.diagram.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.StateChange;
import io.sockscope.model.event.TcpState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A closed socket whose connection the kernel still holds goes on as a faint dotted tail until the kernel lets it go. */
class KernelTailTest {
    private static List<String> tails(List<Event> events) {
        SessionFold fold = SessionFold.of(events);
        List<String> drawn = CutDrawingTest.drawing(fold, new RowAxis(io.sockscope.app.diagram.layout.LayoutMode.STEPS).update(fold), null);
        return drawn.stream().filter(l -> l.startsWith("stroke line") && l.endsWith("dash 2,5")).toList();
    }

    private static List<Event> session(boolean letGo) {
        List<Event> e = new java.util.ArrayList<>(List.of(
                new Open(0, 0, "s1", Proto.TCP, Family.INET, 3, "server"),
                new Accept(1, 1, "s1", "s2", 4, "127.0.0.1:5000", "127.0.0.1:40000"),
                new Close(2, 2, "s2", false),
                new StateChange(3, 3, "s2", TcpState.FIN_WAIT2, false),
                new StateChange(4, 4, "s2", TcpState.TIME_WAIT, false),
                new Close(5, 5, "s1", false)));
        if (letGo) {
            e.add(new StateChange(6, 6, "s2", TcpState.CLOSE, false));
            e.add(new Close(7, 7, "s9", false));
        }
        return e;
    }

    @Test
    void theTailRunsFromTheCloseToWhereTheKernelLetsGo() {
        List<String> open = tails(session(false));
        assertEquals(1, open.size(), open.toString());
        List<String> ended = tails(session(true));
        assertEquals(1, ended.size(), ended.toString());
        double[] a = coords(open.get(0));
        double[] b = coords(ended.get(0));
        assertEquals(a[1], b[1], 0.01, "both start at the close");
        assertTrue(b[3] < a[3] + 100, "the ended tail stops at the kernel's CLOSE: " + ended + " vs " + open);
    }

    @Test
    void aListenerOrAConnectionTheKernelDroppedAtOnceHasNoTail() {
        List<Event> e = List.of(
                new Open(0, 0, "s1", Proto.TCP, Family.INET, 3, "server"),
                new StateChange(1, 1, "s1", TcpState.LISTEN, true),
                new Close(2, 2, "s1", false),
                new StateChange(3, 3, "s1", TcpState.CLOSE, false),
                new Open(4, 4, "s3", Proto.TCP, Family.INET, 5, "client"));
        assertEquals(List.of(), tails(e));
    }

    private static double[] coords(String line) {
        String[] f = line.substring("stroke line ".length(), line.indexOf(" |")).split(" ");
        return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])};
    }
}
