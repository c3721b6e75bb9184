package io.sockscope.app.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Family;
import io.sockscope.model.event.Proto;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The width fitting reckons for a set of lanes is the width of the layout it would make. */
class ColumnWidthTest {
    private static Lifeline line(String socket, String owner, String group, String parent) {
        return new Lifeline(socket, owner, group, Proto.TCP, Family.INET, 3, 0, parent);
    }

    @Test
    void widthWithoutLayingOutIsTheLayoutsWidthForEverySetOfLanes() {
        List<Lifeline> lines = List.of(
                line("s1", "server", null, null),
                line("s2", "client-1", null, null),
                line("s3", "client-2", null, null),
                line("s13", "solo", "client", null), // grouped with the clients' lane, not with a client
                line("s4", "server", null, "s1"),
                line("s5", "server", null, "s1"),
                line("s6", "client A", "pid 7", null),
                line("s7", "client B", "pid 8", null),
                line("s8", "7", null, null),
                line("s9", "8", null, null),
                line("s10", "server", null, "s1"),
                line("s11", "lonely-1", null, null),
                line("s12", "client-3", null, null));
        List<String> families = new ArrayList<>(new java.util.LinkedHashSet<>(lines.stream().map(Lanes::family).toList()));
        assertTrue(families.size() >= 5, families.toString());
        for (int mask = 0; mask < 1 << families.size(); mask++) {
            Set<String> collapsed = new HashSet<>();
            for (int i = 0; i < families.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    collapsed.add(families.get(i));
                }
            }
            assertEquals(new ColumnLayout(lines, collapsed).width(), ColumnLayout.width(lines, collapsed), 1e-9, collapsed.toString());
        }
    }
}
