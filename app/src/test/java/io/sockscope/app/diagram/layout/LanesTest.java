package io.sockscope.app.diagram.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.model.event.Family;
import io.sockscope.model.event.Proto;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which lifelines may share a lane, and what the lane's head says. */
class LanesTest {
    @Test
    void aServersSelectorNeverSharesALaneWithItsTcpSockets() {
        Lifeline listener = new Lifeline("s1", "server", Proto.TCP, Family.INET, 3, 0, null);
        Lifeline selector = new Lifeline("s2", "server", Proto.SELECTOR, Family.INET, -1, 1, null);
        Lifeline one = new Lifeline("s3", "client-1", Proto.TCP, Family.INET, 5, 2, null);
        Lifeline two = new Lifeline("s4", "client-2", Proto.TCP, Family.INET, 6, 3, null);
        Lifeline accepted = new Lifeline("s5", "server", Proto.TCP, Family.INET, 7, 4, "s1");
        Lifeline acceptedToo = new Lifeline("s6", "server", Proto.TCP, Family.INET, 8, 5, "s1");
        Map<String, List<Lifeline>> families = Lanes.families(List.of(listener, selector, one, two, accepted, acceptedToo));
        assertThat(families.values()).containsExactlyInAnyOrder(List.of(one, two), List.of(accepted, acceptedToo));
        Lifeline clients = Lanes.lane(Lanes.family(one), families.get(Lanes.family(one)));
        assertThat(clients.socket()).isEqualTo("s3…s4 ×2");
        assertThat(clients.owner()).isEqualTo("client");
        assertThat(clients.proto()).isEqualTo(Proto.TCP);
        assertThat(Lanes.lane(Lanes.family(accepted), families.get(Lanes.family(accepted))).owner()).isEqualTo("server");
    }
}
