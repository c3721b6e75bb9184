package io.sockscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.Selection;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Select;
import io.sockscope.sessions.Sessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A session opened in Chinese leaves no English word in the title, the canvas's captions, the
 * event list or the inspector; call names, identifiers, addresses and payload bytes aside.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ChineseWindowTest {
    /** Words that are the same in both languages: calls, protocols, kernel states, flags, errno, ioctl and option names, option values, product and language names. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(?!(?:Sockscope|socket|bind|listen|connect|accept|send|recv|"
            + "sendto|recvfrom|shutdown|close|register|select|selectNow|read|write|tcp|udp|unix|inet|inet6|TCP|UDP|"
            + "LISTEN|ESTABLISHED|CLOSED|CLOSING|SIOC[A-Z]+|SYN|FIN|RST|EOF|Java|Python|"
            + "SO_[A-Z]+|TCP_[A-Z]+|E[A-Z]+|BLOCKING|true|false|ACRW|ACR|ACW|main|sel[0-9]*|s[0-9]+|fd|proc|net|in|out)\\b)[A-Za-z]{3,}\\b");
    private static Path session;
    private static List<Event> recorded;

    private final ExecutorService loader = Executors.newSingleThreadExecutor();
    private Stage stage;
    private MainWindow window;

    @BeforeAll
    static void record() throws Exception {
        Path dir = Files.createTempDirectory("sockscope-zh");
        session = Recordings.record("select-server", "en", dir.resolve("select-server.sockscope"));
        recorded = Sessions.readAll(session).events();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Settings settings = Settings.load(Files.createTempDirectory("sockscope-settings"));
        settings.setSize(1280, 720);
        settings.setLanguage(Language.ZH);
        window = new MainWindow(stage, settings, new SessionViewModel(loader, SessionFiles.SOURCE));
        stage.show();
    }

    @AfterEach
    void stopLoader() {
        loader.shutdownNow();
    }

    @Test
    void aSessionRecordedInEnglishReadsInChinese(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(session));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.viewModel().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> english = new ArrayList<>();
        check("title", stage.getTitle(), english);
        for (Event e : window.diagram().fold().rows().stream().map(r -> r.event()).toList()) {
            if (e instanceof Note n) {
                check("canvas caption", n.text(), english);
            }
        }
        for (Node cell : robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && c.getText() != null
                && c.getTableView() != null && "eventTable".equals(c.getTableView().getId())).queryAll()) {
            check("event list", ((TableCell<?, ?>) cell).getText(), english);
        }
        Select select = recorded.stream().filter(e -> e instanceof Select).map(Select.class::cast).findFirst().orElseThrow();
        robot.interact(() -> window.viewModel().select(new Selection(select.socket(), select.seq(), true)));
        WaitForAsyncUtils.waitForFxEvents();
        labels(robot.lookup("#inspector").query(), "inspector", english);
        String server = recorded.stream().filter(e -> e.socket() != null).findFirst().orElseThrow().socket();
        robot.interact(() -> window.viewModel().select(new Selection(server, recorded.get(recorded.size() - 1).seq(), false)));
        WaitForAsyncUtils.waitForFxEvents();
        labels(robot.lookup("#inspector").query(), "inspector", english);
        labels(robot.lookup("#statusCounts").query(), "status", english);
        assertEquals(List.of(), english);
        assertTrue(window.diagram().fold().rows().stream().anyMatch(r -> r.event() instanceof Note), "the session has captions");
    }

    private static void labels(Node node, String where, List<String> english) {
        if (node instanceof Labeled l && l.getText() != null) {
            check(where, l.getText(), english);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> labels(c, where, english));
        }
    }

    /** Records {@code text} when an English word is left in it (quoted payload bytes and addresses aside). */
    private static void check(String where, String text, List<String> english) {
        String words = text.replaceAll("\"[^\"]*\"", "").replaceAll("“[^”]*”", "").replaceAll("[0-9a-f:.\\[\\]]+:[0-9]+", "");
        Matcher m = ENGLISH.matcher(words);
        if (m.find()) {
            english.add(where + ": \"" + m.group() + "\" in " + text);
        }
    }
}
