package io.sockscope.app.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.SocketId;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.SendTo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window's live sessions keep as many payload bytes as the settings say, and count the rest. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LivePayloadCapTest {
    private LiveWindow live;

    @Start
    void start(Stage stage) throws Exception {
        live = LiveRobot.window(stage, "{\"livePayloadCapBytes\": 4}", Files.createTempDirectory("sockscope-data"));
        stage.show();
    }

    @AfterEach
    void closeSockets(FxRobot robot) {
        robot.interact(() -> live.close());
    }

    @Test
    void aDatagramSentLiveKeepsTheSettingsCapOfItsBytes(FxRobot robot) throws Exception {
        Engine engine = LiveRobot.fx(() -> live.engine());
        SocketId udp = engine.openUdp(Family.INET, "cap");
        Event bound = engine.bind(udp, "127.0.0.1:0").get(10, TimeUnit.SECONDS);
        assertTrue(bound instanceof Bind, bound::toString);
        byte[] sent = "hello, cap".getBytes(StandardCharsets.US_ASCII);
        Event e = engine.sendTo(udp, ((Bind) bound).local(), sent).get(10, TimeUnit.SECONDS);
        SendTo s = (SendTo) e;
        assertEquals(sent.length, s.done());
        assertEquals(sent.length, s.payload().length());
        assertTrue(s.payload().cut());
        assertArrayEquals("hell".getBytes(StandardCharsets.US_ASCII), s.payload().bytes());
    }
}
