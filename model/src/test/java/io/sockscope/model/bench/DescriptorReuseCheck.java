package io.sockscope.model.bench;

import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Open;
import io.sockscope.model.scenario.ScenarioCatalog;
import io.sockscope.model.scenario.ScenarioRecording;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the {@code descriptors} scenario with the engine's defaults (queue sampler on) in a
 * fresh JVM and says whether the socket opened after a close got the freed number. Run it in a
 * shell loop (one JVM per run, so first-use work such as class loading happens each time):
 * {@code for i in $(seq 100); do java --add-exports java.base/sun.nio.ch=ALL-UNNAMED -cp
 * model/target/classes:model/target/test-classes io.sockscope.model.bench.DescriptorReuseCheck; done}
 * Arguments: runs in this JVM (1), probe interval in ms (the default). Prints {@code reused} or {@code STOLEN} with what held the number; exit status 1 when stolen.
 */
public final class DescriptorReuseCheck {
    private DescriptorReuseCheck() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int probeMs = args.length > 1 ? Integer.parseInt(args[1]) : EngineConfig.defaults().probeIntervalMs();
        int stolen = 0;
        for (int r = 0; r < runs; r++) {
            ScenarioRecording rec = ScenarioRecording.record(ScenarioCatalog.find("descriptors").orElseThrow(),
                    "en", new EngineConfig(EngineConfig.DEFAULT_PAYLOAD_CAP, probeMs));
            List<Open> opens = rec.of(Open.class);
            Close close = rec.of(Close.class).get(0);
            Open freed = opens.stream().filter(o -> o.socket().equals(close.socket())).findFirst().orElseThrow();
            Open next = opens.get(3);
            if (freed.fd() == next.fd()) {
                System.out.println("reused fd " + freed.fd());
            } else {
                stolen++;
                System.out.println("STOLEN: fd " + freed.fd() + " freed, next socket got " + next.fd()
                        + "; events between: " + between(rec.events(), close, next));
            }
        }
        System.exit(stolen == 0 ? 0 : 1);
    }

    private static List<String> between(List<Event> events, Event from, Event to) {
        List<String> out = new ArrayList<>();
        for (Event e : events) {
            if (e.seq() > from.seq() && e.seq() < to.seq() && !(e instanceof Note)) {
                out.add(e.toString());
            }
        }
        return out;
    }
}
