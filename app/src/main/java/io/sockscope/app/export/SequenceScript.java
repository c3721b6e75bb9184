package io.sockscope.app.export;

import io.sockscope.app.diagram.layout.CreationArrow;
import io.sockscope.app.diagram.layout.DataArrow;
import io.sockscope.app.diagram.layout.EventText;
import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.Mark;
import io.sockscope.app.diagram.layout.MarkKind;
import io.sockscope.app.diagram.layout.Row;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.diagram.layout.SignalArrow;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Note;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A session as a sequence diagram's statements, for the text exports (PlantUML, Mermaid): one
 * participant per lifeline grouped by owner, and in row order: step dividers and caption notes,
 * accepted sockets created by their server, connect/FIN/RST and data messages with their byte
 * labels, calls such as bind or close as notes, failures as error notes.
 */
final class SequenceScript {
    /** A lifeline: a safe identifier, its label, its owner, and whether an accept creates it. */
    record Participant(String id, String label, String owner, boolean created) {
    }

    /** One statement, in order. */
    sealed interface Statement permits Divider, Caption, Create, Message, Call {
    }

    /** A step starts. */
    record Divider(int step) implements Statement {
    }

    /** A caption across the diagram. */
    record Caption(String text) implements Statement {
    }

    /** {@code server} creates {@code child} (an accept). */
    record Create(String server, String child, String label) implements Statement {
    }

    /** A message: data ({@code signal} false) or a control signal; lost datagrams end in a cross. */
    record Message(String from, String to, String label, boolean signal, boolean lost) implements Statement {
    }

    /** A call on one lifeline, written beside it; {@code error} for failures. */
    record Call(String on, String text, boolean error) implements Statement {
    }

    private static final Set<EventType> CALLS = EnumSet.of(EventType.BIND, EventType.LISTEN, EventType.SHUTDOWN,
            EventType.CLOSE, EventType.OPTION, EventType.REGISTER, EventType.SELECT, EventType.ERROR);

    private final List<Participant> participants = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();

    /** The statements for rows {@code first..last} of a fold (participants: every lifeline). */
    static SequenceScript of(SessionFold fold, int first, int last) {
        SequenceScript s = new SequenceScript();
        Map<String, String> ids = new HashMap<>();
        for (Lifeline l : fold.columns()) {
            String id = s.uniqueId(l.socket(), ids);
            String label = l.socket() + (l.fd() >= 0 ? " fd " + l.fd() : "") + " " + l.proto().name().toLowerCase(Locale.ROOT);
            s.participants.add(new Participant(id, label, l.owner(), l.parent() != null));
        }
        Map<Integer, List<Statement>> byRow = new LinkedHashMap<>();
        for (DataArrow a : fold.arrows()) {
            add(byRow, a.fromRow(), new Message(ids.get(a.fromSocket()), ids.get(a.toSocket()),
                    a.label() + (a.preview().isEmpty() ? "" : " " + a.preview()), false, a.lost()));
        }
        for (DataArrow a : fold.unread()) {
            add(byRow, a.fromRow(), new Message(ids.get(a.fromSocket()), ids.get(a.toSocket()),
                    a.label() + " unread" + (a.preview().isEmpty() ? "" : " " + a.preview()), false, false));
        }
        for (SignalArrow a : fold.signals()) {
            add(byRow, a.fromRow(), new Message(ids.get(a.fromSocket()), ids.get(a.toSocket()), a.kind().label(), true, false));
        }
        for (CreationArrow c : fold.creations()) {
            add(byRow, c.row(), new Create(ids.get(c.server()), ids.get(c.child()), "accept"));
        }
        Map<Integer, Mark> marks = new HashMap<>();
        for (Mark m : fold.marks()) {
            marks.putIfAbsent(m.row(), m);
        }
        List<Row> rows = fold.rows();
        for (int r = Math.max(0, first); r <= Math.min(last, rows.size() - 1); r++) {
            Event e = rows.get(r).event();
            if (e instanceof Note n) {
                if (n.step() > 0) {
                    s.statements.add(new Divider(n.step()));
                }
                s.statements.add(new Caption(n.text()));
                continue;
            }
            Mark m = marks.get(r);
            boolean error = m != null && (m.kind() == MarkKind.ERROR || m.kind() == MarkKind.RESET);
            if ((CALLS.contains(e.type()) || m != null) && ids.containsKey(e.socket())) {
                s.statements.add(new Call(ids.get(e.socket()), EventText.of(e), error));
            }
            for (Statement st : byRow.getOrDefault(r, List.of())) {
                if (!(st instanceof Message msg) || (msg.from() != null && msg.to() != null)) {
                    s.statements.add(st);
                }
            }
        }
        return s;
    }

    List<Participant> participants() {
        return participants;
    }

    List<Statement> statements() {
        return statements;
    }

    /** Participants in order, grouped by owner (each group consecutive, as the columns are). */
    Map<String, List<Participant>> byOwner() {
        Map<String, List<Participant>> out = new LinkedHashMap<>();
        for (Participant p : participants) {
            out.computeIfAbsent(p.owner(), k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    private static void add(Map<Integer, List<Statement>> byRow, int row, Statement s) {
        byRow.computeIfAbsent(row, k -> new ArrayList<>()).add(s);
    }

    private String uniqueId(String socket, Map<String, String> ids) {
        String base = socket.replaceAll("[^A-Za-z0-9_]", "_");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "p_" + base;
        }
        String id = base;
        for (int i = 2; ids.containsValue(id); i++) {
            id = base + "_" + i;
        }
        ids.put(socket, id);
        return id;
    }
}
