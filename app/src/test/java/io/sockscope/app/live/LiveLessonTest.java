package io.sockscope.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Quiz;
import io.sockscope.sessions.SessionStats;
import io.sockscope.sessions.Sessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A live click-through plus the teacher's captions becomes a lesson that replays step by step. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class LiveLessonTest {
    private LiveWindow live;

    @Start
    void start(Stage stage) throws Exception {
        live = LiveRobot.window(stage, null, Files.createTempDirectory("sockscope-data"));
        stage.show();
    }

    @AfterEach
    void closeSockets(FxRobot robot) {
        robot.interact(() -> live.close());
    }

    private List<Note> notes() {
        return LiveRobot.fx(() -> live.window().viewModel().events().stream()
                .filter(Note.class::isInstance).map(Note.class::cast).toList());
    }

    @Test
    void captionsAddedWhileLiveAreRecordedAndSavedAsStepsAndQuestions(FxRobot robot) throws Exception {
        LiveRobot r = new LiveRobot(robot, live);
        r.tcpServer();
        LiveRobot.fx(() -> live.lessons().add(new Note(0, 0, "A server listens", "en", 1, "服务器在监听")));
        r.waitUntil("the first caption", () -> notes().size() == 1);
        LiveRobot.fx(() -> live.lessons().add(new Note(0, 0, "Will a connect succeed before accept()?", "en", 0,
                "accept() 之前 connect 能成功吗？", Quiz.choices(List.of("yes", "no"), List.of("能", "不能"), 0,
                        "the kernel completes the handshake", "内核自己完成握手"))));
        r.connectedTcpClient();
        LiveRobot.fx(() -> live.lessons().add(new Note(0, 0, "A client connected", "en", 1, "")));
        r.waitUntil("three notes", () -> notes().size() == 3);
        List<Note> notes = notes();
        assertEquals(List.of(1, 0, 2), notes.stream().map(Note::step).toList(), "step captions numbered in order");
        assertTrue(notes.get(1).question());
        assertTrue(notes.get(1).seq() < LiveRobot.fx(() -> live.window().viewModel().events().stream()
                .filter(e -> e.type() == io.sockscope.model.event.EventType.CONNECT).findFirst().orElseThrow().seq()),
                "the question comes before the connect it asks about");
        robot.interact(() -> live.close());
        Path lesson = Files.createTempDirectory("sockscope-lesson").resolve("lesson.sockscope");
        assertTrue(LiveRobot.fx(() -> live.saveTo(lesson)).get(10, TimeUnit.SECONDS));
        List<Event> saved = Sessions.readAll(lesson).events();
        assertEquals(notes, saved.stream().filter(Note.class::isInstance).toList());
        SessionStats stats = SessionStats.of(lesson);
        assertEquals(2, stats.steps());
        assertEquals(1, stats.questions());
    }
}
