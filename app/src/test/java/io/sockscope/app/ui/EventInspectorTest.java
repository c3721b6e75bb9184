package io.sockscope.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.model.event.QueueSource;
import io.sockscope.model.event.Queues;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The event inspector writes a queue figure that does not apply to the socket as a dash, never as -1. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class EventInspectorTest {
    @Test
    void figuresThatDoNotApplyShowAsADash() throws Exception {
        Queues tcp = new Queues(24, 140_207_000L, "s2", 2048, 0, -1, -1, 8192, 131_072, QueueSource.EXACT, -1);
        List<String> texts = WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            collect(new EventInspector(tcp, new I18n(Language.EN), true), out);
            return out;
        }).get(10, TimeUnit.SECONDS);
        assertThat(texts).doesNotContain("-1").contains("2048", "131072", "—");
        assertThat(texts.stream().filter("—"::equals).count()).as("accept queue, backlog, drops").isEqualTo(3);
    }

    private static List<String> texts(io.sockscope.model.event.Event e, boolean java, Language lang) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            collect(new EventInspector(e, new I18n(lang), java), out);
            return out;
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aJavaCallSaysWhatCAndPythonWouldHaveSeen() throws Exception {
        var eof = new io.sockscope.model.event.Recv(9, 5, "s2", 1024, -1, io.sockscope.model.event.Payload.NONE);
        assertThat(texts(eof, true, Language.EN)).contains("In C and Python")
                .anyMatch(t -> t.contains("C's recv() returns 0") && t.contains("b''"));
        assertThat(texts(eof, true, Language.ZH)).anyMatch(t -> t.contains("C 的 recv() 返回 0"));
        var full = new io.sockscope.model.event.Send(9, 5, "s2", 4096, 0, io.sockscope.model.event.Payload.NONE);
        assertThat(texts(full, true, Language.EN)).anyMatch(t -> t.contains("EAGAIN") && t.contains("returns 0"));
        var some = new io.sockscope.model.event.Send(9, 5, "s2", 4096, 100, io.sockscope.model.event.Payload.NONE);
        assertThat(texts(some, true, Language.EN)).doesNotContain("In C and Python");
    }

    @Test
    void aNonBlockingCallThatFindsNothingNamesTheCallAndItsApostrophesSurviveFormatting() throws Exception {
        var none = new io.sockscope.model.event.Failure(9, 5, "s1", "accept", io.sockscope.model.event.ErrorKind.WOULD_BLOCK, "no connection");
        assertThat(texts(none, true, Language.EN)).anyMatch(t -> t.startsWith("Java's accept does not fail here") && t.contains("C's call"));
        assertThat(texts(none, true, Language.ZH)).anyMatch(t -> t.startsWith("Java 的 accept 在这里不会失败"));
    }

    @Test
    void aTracedProgramsCallIsWhatItsOwnLanguageSaw() throws Exception {
        var zero = new io.sockscope.model.event.Recv(9, 5, "s2", 1024, 0, io.sockscope.model.event.Payload.NONE);
        assertThat(texts(zero, false, Language.EN)).doesNotContain("In C and Python");
        // the pane decides from the lifeline: a socket of a traced process (its pid known) is not Java's
        List<io.sockscope.model.event.Event> events = List.of(
                new io.sockscope.model.event.Open(0, 0, "s1", io.sockscope.model.event.Proto.TCP,
                        io.sockscope.model.event.Family.INET, 3, "python3", 4242, "python3"),
                new io.sockscope.model.event.Recv(1, 5, "s1", 1024, 0, io.sockscope.model.event.Payload.NONE),
                new io.sockscope.model.event.Open(2, 6, "s2", io.sockscope.model.event.Proto.TCP,
                        io.sockscope.model.event.Family.INET, 7, "client"),
                new io.sockscope.model.event.Recv(3, 7, "s2", 1024, -1, io.sockscope.model.event.Payload.NONE));
        List<List<String>> seen = WaitForAsyncUtils.asyncFx(() -> {
            SessionViewModel vm = new SessionViewModel(Runnable::run, (f, progress) -> {
                throw new UnsupportedOperationException();
            });
            vm.show(new LoadedSession(java.nio.file.Path.of("t.sockscope"), "t", events));
            var fold = io.sockscope.app.diagram.layout.SessionFold.of(events);
            InspectorPane pane = new InspectorPane(vm, new I18n(Language.EN), () -> fold, javafx.scene.layout.Region::new);
            new javafx.scene.Scene(pane, 400, 800); // skins made: the scroll pane's content is reachable
            List<List<String>> out = new ArrayList<>();
            for (long seq : new long[] {1, 3}) {
                vm.selectEvent(seq);
                pane.applyCss();
                pane.layout();
                List<String> t = new ArrayList<>();
                collect(pane, t);
                out.add(t);
            }
            return out;
        }).get(10, TimeUnit.SECONDS);
        assertThat(seen.get(0)).doesNotContain("In C and Python");
        assertThat(seen.get(1)).as(seen.toString()).contains("In C and Python");
    }

    @Test
    void aCaptionHasNoQuestionRowAndAQuestionShowsItsRightChoice() throws Exception {
        var caption = new io.sockscope.model.event.Note(0, 0, "Step one", "en", 1, "第一步");
        assertThat(texts(caption, false, Language.EN)).noneMatch(t -> t.equals("null") || t.equals("quiz"));
        var q = new io.sockscope.model.event.Note(1, 0, "How many?", "en", 0, "几个？", io.sockscope.model.event.Quiz.choices(
                List.of("one", "two"), List.of("一个", "两个"), 1, "two were queued", "排了两个"));
        assertThat(texts(q, false, Language.EN)).contains("The question to the class", "✓ B.  two", "Why: two were queued");
        assertThat(texts(q, false, Language.ZH)).contains("✓ B.  两个", "原因：排了两个");
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
