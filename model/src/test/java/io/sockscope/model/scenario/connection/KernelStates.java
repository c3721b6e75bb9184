package io.sockscope.model.scenario.connection;

import io.sockscope.model.event.Open;
import io.sockscope.model.event.StateChange;
import io.sockscope.model.event.TcpState;
import io.sockscope.model.scenario.ScenarioRecording;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Test helper: the TCP states a recording reports, sockets by owner, and what ss says now. */
final class KernelStates {
    private KernelStates() {
    }

    static List<TcpState> of(ScenarioRecording rec, String socket) {
        return rec.of(StateChange.class, socket).stream().map(StateChange::state).collect(Collectors.toList());
    }

    static List<String> opened(ScenarioRecording rec, String owner) {
        return rec.of(Open.class).stream().filter(o -> o.owner().equals(owner)).map(Open::socket).collect(Collectors.toList());
    }

    /** Lines of {@code ss -tanH state NAME} (e.g. time-wait): "Recv-Q Send-Q Local Peer". */
    static List<String> ss(String state) throws Exception {
        Process p = new ProcessBuilder("ss", "-tanH", "state", state).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("ss did not finish");
        }
        return out.lines().map(String::trim).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    }

    /** True when {@code ss} lists a connection in {@code state} from {@code local} to {@code peer}. */
    static boolean ssHas(String state, String local, String peer) throws Exception {
        for (String line : ss(state)) {
            String[] f = line.split("\\s+");
            if (f.length >= 4 && f[2].equals(local) && f[3].equals(peer)) {
                return true;
            }
        }
        return false;
    }
}
