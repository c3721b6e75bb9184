package io.sockscope.app.diagram.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders lifelines: by group (process, else owner) as they first appear, a traced process's
 * thread groups right after its own, each accepted child right after its server's earlier children.
 */
final class Columns {
    private Columns() {
    }

    /** {@code all}: the lifelines by socket id (a parent that is not among them is no parent here). */
    static List<Lifeline> order(Map<String, Lifeline> all) {
        Map<String, List<Lifeline>> children = new LinkedHashMap<>();
        Map<String, Map<String, List<Lifeline>>> groups = new LinkedHashMap<>();
        for (Lifeline l : all.values()) {
            if (l.parent() != null && all.containsKey(l.parent())) {
                children.computeIfAbsent(l.parent(), k -> new ArrayList<>()).add(l);
            } else {
                groups.computeIfAbsent(io.sockscope.model.event.Open.processGroup(l.group()), k -> new LinkedHashMap<>())
                        .computeIfAbsent(l.group(), k -> new ArrayList<>()).add(l);
            }
        }
        List<Lifeline> out = new ArrayList<>(all.size());
        for (Map<String, List<Lifeline>> process : groups.values()) {
            for (List<Lifeline> group : process.values()) {
                for (Lifeline l : group) {
                    place(l, children, out);
                }
            }
        }
        return out;
    }

    private static void place(Lifeline l, Map<String, List<Lifeline>> children, List<Lifeline> out) {
        out.add(l);
        for (Lifeline c : children.getOrDefault(l.socket(), List.of())) {
            place(c, children, out);
        }
    }
}
