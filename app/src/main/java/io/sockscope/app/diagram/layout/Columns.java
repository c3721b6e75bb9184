package io.sockscope.app.diagram.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Orders lifelines: by group (process, else owner) as they first appear, each accepted child right after its server's earlier children. */
final class Columns {
    private Columns() {
    }

    static List<Lifeline> order(Collection<Lifeline> all) {
        Map<String, List<Lifeline>> children = new LinkedHashMap<>();
        Map<String, List<Lifeline>> groups = new LinkedHashMap<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        all.forEach(l -> ids.add(l.socket()));
        for (Lifeline l : all) {
            if (l.parent() != null && ids.contains(l.parent())) {
                children.computeIfAbsent(l.parent(), k -> new ArrayList<>()).add(l);
            } else {
                groups.computeIfAbsent(l.group(), k -> new ArrayList<>()).add(l);
            }
        }
        List<Lifeline> out = new ArrayList<>(all.size());
        for (List<Lifeline> group : groups.values()) {
            for (Lifeline l : group) {
                place(l, children, out);
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
