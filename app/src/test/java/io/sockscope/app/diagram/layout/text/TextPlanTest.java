package io.sockscope.app.diagram.layout.text;

import io.sockscope.app.diagram.layout.Words;
import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.Fit;
import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.Script;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import io.sockscope.sessions.Sessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The diagram's texts, for every shipped sample and two worst cases (100 sends on one socket
 * within 100 ms; 1,000 connections), in windows of 1600×1000 and 1280×720, both layouts and
 * both languages, frame by frame down the whole session: no two text boxes intersect, no text
 * covers a mark, every label is placed or merged into a group, every caption is whole and
 * within the view, no call's label is struck through by an arrow across its row (arriving at its
 * dot, leaving it or passing by), and the columns fit the width.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TextPlanTest {
    private static final Path SAMPLES = Path.of(System.getProperty("sockscope.samples", "../resources/sessions"));
    /** The window's parts beside and above the diagram: the inspector and scroll bar; menus, bars and the event list. */
    private static final double SIDE = 420;
    private static final double ABOVE = 480;

    static Stream<Arguments> sessions() throws Exception {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sockscope")).sorted().toList()) {
                out.add(Arguments.of(f.getFileName().toString(), Sessions.readAll(f).events()));
            }
        }
        out.add(Arguments.of("100 sends in 100 ms", hundredSends()));
        out.add(Arguments.of("1,000 connections", thousandConnections()));
        out.add(Arguments.of("a long Chinese caption", chineseCaption()));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessions")
    void noTextMeetsAnotherOrAMarkAndNoneIsCut(String name, List<Event> events) {
        for (double[] window : new double[][] {{1600, 1000}, {1280, 720}}) {
            for (LayoutMode mode : LayoutMode.values()) {
                check(name + " " + (int) window[0] + "x" + (int) window[1] + " " + mode + " en", inLanguage(events, "en"),
                        window, mode, Words.ENGLISH);
                check(name + " " + (int) window[0] + "x" + (int) window[1] + " " + mode + " zh", inLanguage(events, "zh"),
                        window, mode, chinese());
            }
        }
    }

    /** The events as a reader of {@code lang} sees them: bilingual captions in that language (what the window shows). */
    private static List<Event> inLanguage(List<Event> events, String lang) {
        return events.stream().map(e -> e instanceof Note n ? (Event) n.inLanguage(lang) : e).toList();
    }

    private static void check(String what, List<Event> events, double[] window, LayoutMode mode, Words words) {
        TextMeasure m = TextMeasure.estimate();
        SessionFold fold = SessionFold.of(events);
        double canvas = window[0] - SIDE;
        Fit fit = Fit.of(fold.columns(), canvas, Set.of());
        ColumnLayout cols = new ColumnLayout(fold.columns(), fit.collapsed());
        assertThat(cols.width() * fit.zoom()).as(what + ": columns fit the width").isLessThanOrEqualTo(canvas + 0.5);
        double viewWidth = canvas / fit.zoom();
        RowAxis axis = TextPlan.axis(mode, viewWidth, m).update(fold);
        double body = (window[1] - ABOVE) / fit.zoom();
        TextPlan.Frame frame = new TextPlan.Frame(fold, axis, cols, viewWidth, m, words);
        for (double top = 0; top < axis.height(); top += body) {
            int first = axis.firstRowFrom(top);
            int last = Math.min(fold.rowCount() - 1, axis.firstRowFrom(top + body));
            TextPlan plan = TextPlan.of(frame, first, last);
            String at = what + " rows " + first + ".." + last;
            List<TextPlan.Text> texts = plan.texts();
            DotArrows dots = new DotArrows(frame, fold.arrowsBetween(first, last), first, last);
            for (int i = 0; i < texts.size(); i++) {
                TextBox a = texts.get(i).box();
                if (texts.get(i).kind() == TextPlan.Kind.CALL && !texts.get(i).leader()) {
                    assertThat(dots.crosses(fold.rowOfSeq(texts.get(i).seq()), a.centreX(), a.centreY(), a.w() - 2, a.h() - 2))
                            .as(at + ": an arrow across its row strikes through " + texts.get(i)).isFalse();
                }
                for (int j = i + 1; j < texts.size(); j++) {
                    assertThat(a.intersects(texts.get(j).box())).as(at + ": " + texts.get(i) + " meets " + texts.get(j)).isFalse();
                }
                for (TextBox mark : plan.marks()) {
                    assertThat(a.intersects(mark)).as(at + ": " + texts.get(i) + " covers a mark at " + mark).isFalse();
                }
                if (texts.get(i).kind() == TextPlan.Kind.STEP_CAPTION || texts.get(i).kind() == TextPlan.Kind.NOTE) {
                    whole(at, texts.get(i), fold, viewWidth);
                }
            }
            assertThat(plan.unplaced()).as(at + ": labels with no place and no group").isEmpty();
        }
    }

    /** A caption keeps every character (lines joined give its text back) and stays inside the view. */
    private static void whole(String at, TextPlan.Text t, SessionFold fold, double viewWidth) {
        Note n = (Note) fold.rows().get(fold.rowOfSeq(t.seq())).event();
        assertThat(String.join("", t.lines()).replaceAll("\\s", ""))
                .as(at + ": caption shortened").isEqualTo(n.text().replaceAll("\\s", ""));
        assertThat(t.box().right()).as(at + ": caption runs out of the view: " + t.lines()).isLessThanOrEqualTo(viewWidth);
    }

    static Words chinese() {
        ResourceBundle b = ResourceBundle.getBundle("io.sockscope.app.ui.messages", Locale.CHINESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Words(k -> b.containsKey(k) ? b.getString(k) : null);
    }

    /** A non-blocking client sends 100 times within 5 ms (100,000 bytes asked, all, part or none taken); one recv reads nearly all. */
    static List<Event> hundredSends() {
        Script s = Script.connectedPair().note("The client sends a hundred times in a row, as fast as it can, and the "
                + "server does not read yet: the bytes wait in the kernel's queues.", 3);
        for (int i = 0; i < 100; i++) {
            s.send("s2", 100_000, i < 3 ? 100_000 : i < 5 ? 34_560 : i % 2 == 0 ? 1_000 : 0);
        }
        s.recv("s3", 500_000, 400_000).recv("s3", 65_536, 3_120);
        return s.events();
    }

    /** A server accepts 1,000 clients; each sends a line and closes. */
    static List<Event> thousandConnections() {
        Script s = new Script().tcp("s1", 5, "server").bind("s1", "127.0.0.1:5000").listen("s1", 1000);
        for (int i = 0; i < 1000; i++) {
            String c = "c" + i;
            String a = "a" + i;
            String port = "127.0.0.1:" + (40000 + i);
            s.tcp(c, 6 + i, "client-" + (i + 1)).connect(c, port, "127.0.0.1:5000")
                    .accept("s1", a, 2000 + i, "127.0.0.1:5000", port).send(c, "hello " + i + "\n")
                    .recv(a, 1024, ("hello " + i + "\n").length()).close(c, false);
        }
        return s.events();
    }

    static List<Event> chineseCaption() {
        return Script.connectedPair()
                .note("客户端连续发送了五次，每次十万字节，服务器一次也没有读：数据先进入客户端的发送队列，再进入服务器的接收队列，"
                        + "两个队列都满了以后，非阻塞的 send() 只能发送一部分，甚至一个字节也发不出去，返回 0。这就是所谓的“部分发送”。", 4)
                .send("s2", 100_000, 100_000).recv("s3", 1024, 1024).events();
    }
}
