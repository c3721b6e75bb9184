package io.sockscope.model.engine;

import static io.sockscope.model.engine.Recorder.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.OptionSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class OptionsTest {

    @Test
    @EnabledOnOs(OS.LINUX)
    void bufferSizesShowAskedReportedAndKernelHeld() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            SocketId s = engine.openTcp(Family.INET, "client");
            OptionSet snd = get(engine.setOption(s, EngineOption.SO_SNDBUF, 8192), OptionSet.class);
            assertEquals("SO_SNDBUF", snd.name());
            assertEquals("8192", snd.asked());
            assertEquals("8192", snd.reported());
            assertEquals("16384", snd.kernel(), "Linux doubles the request");
            OptionSet tiny = get(engine.setOption(s, EngineOption.SO_RCVBUF, 1), OptionSet.class);
            int kernel = Integer.parseInt(tiny.kernel());
            assertEquals(2 * Integer.parseInt(tiny.reported()), kernel);
            assertTrue(kernel > 2, "the kernel raises a tiny request to its minimum: " + tiny);
        }
    }

    @Test
    void flagsAndLingerReadBackWhatWasSet() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            SocketId s = engine.openTcp(Family.INET6, "client");
            assertEquals("true", get(engine.setOption(s, EngineOption.TCP_NODELAY, true), OptionSet.class).reported());
            assertEquals("true", get(engine.setOption(s, EngineOption.SO_REUSEADDR, true), OptionSet.class).kernel());
            assertEquals("5", get(engine.setOption(s, EngineOption.SO_LINGER, 5), OptionSet.class).kernel());
            assertEquals("-1", get(engine.setOption(s, EngineOption.SO_LINGER, -1), OptionSet.class).reported());
            OptionSet timeout = get(engine.setOption(s, EngineOption.SO_RCVTIMEO, 250L), OptionSet.class);
            assertEquals("SO_RCVTIMEO", timeout.name());
            assertEquals("250", timeout.reported());
            assertEquals("false", get(engine.setOption(s, EngineOption.BLOCKING, false), OptionSet.class).reported());
        }
    }

    @Test
    void optionsTheSocketCannotTakeFail() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            SocketId s = engine.openUdp(Family.INET, "client");
            Failure f = get(engine.setOption(s, EngineOption.TCP_NODELAY, true), Failure.class);
            assertEquals(ErrorKind.OTHER, f.kind());
            assertEquals(ErrorKind.ILLEGAL_STATE, get(engine.setOption(s, EngineOption.SO_RCVTIMEO, -5L), Failure.class).kind());
        }
    }
}
