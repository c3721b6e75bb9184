package io.sockscope.model.scenario.connection;

import static io.sockscope.model.scenario.Steps.assertSteps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Family;
import io.sockscope.model.scenario.ScenarioRecording;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
@EnabledOnOs(OS.LINUX)
class BindAddressesTest {
    private static ScenarioRecording rec;
    private static List<Bind> binds;

    @BeforeAll
    static void record() throws Exception {
        rec = ScenarioRecording.record(new BindAddresses());
        binds = rec.of(Bind.class);
    }

    @Test
    void marksSixSteps() {
        assertSteps(rec, 6);
    }

    @Test
    void loopbackServerRefusesAnotherLoopbackAddressAndV6LoopbackRefusesV4() {
        List<Failure> refused = rec.of(Failure.class).stream().filter(f -> f.call().equals("connect")).toList();
        assertEquals(2, refused.size());
        refused.forEach(f -> assertEquals(ErrorKind.REFUSED, f.kind()));
    }

    @Test
    void wildcardServerAcceptsBothLoopbackAddressesAsDialled() {
        String any = binds.get(1).socket();
        assertTrue(binds.get(1).local().startsWith("0.0.0.0:"), binds.get(1).local());
        List<String> locals = rec.of(Accept.class, any).stream().map(Accept::local).toList();
        String port = binds.get(1).local().substring(binds.get(1).local().lastIndexOf(':'));
        assertEquals(List.of("127.0.0.1" + port, "127.0.0.2" + port), locals);
    }

    @Test
    void dualStackServerAcceptsAnIpv4ClientInTheIpv6Table() throws Exception {
        String dual = binds.get(2).socket();
        assertEquals(Family.INET6, rec.of(Open.class, dual).get(0).family());
        List<Accept> accepts = rec.of(Accept.class, dual);
        assertEquals(2, accepts.size());
        Accept v4 = accepts.get(1);
        assertTrue(v4.remote().startsWith("127.0.0.1:"), v4.remote());
        // the accepted socket closed first, so the kernel still lists it, in IPv6 form, in TIME_WAIT
        String mapped = "[::ffff:127.0.0.1]";
        String port = binds.get(2).local().substring(binds.get(2).local().lastIndexOf(':'));
        String peerPort = v4.remote().substring(v4.remote().lastIndexOf(':'));
        assertTrue(KernelStates.ssHas("time-wait", mapped + port, mapped + peerPort), KernelStates.ss("time-wait").toString());
        assertEquals("0", Files.readAllLines(Path.of("/proc/sys/net/ipv6/bindv6only")).get(0).trim(),
                "this machine leaves IPV6_V6ONLY off by default");
    }

    @Test
    void privilegedPortBindsOnlyWithPrivilege() throws Exception {
        String low = rec.of(Open.class).stream().map(Open::socket)
                .filter(s -> rec.of(Bind.class, s).stream().anyMatch(b -> b.local().endsWith(":" + BindAddresses.PRIVILEGED_PORT))
                        || rec.of(Failure.class, s).stream().anyMatch(f -> f.call().equals("bind")))
                .findFirst().orElseThrow();
        boolean root = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .anyMatch(l -> l.startsWith("Uid:") && l.split("\\s+")[2].equals("0"));
        int start = Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_unprivileged_port_start")).get(0).trim());
        if (root || start <= BindAddresses.PRIVILEGED_PORT) {
            assertEquals(1, rec.of(Bind.class, low).size(), "privileged: the bind succeeds");
        } else {
            Failure f = rec.of(Failure.class, low).get(0);
            assertTrue(f.message().contains("Permission denied"), f.message());
        }
    }
}
