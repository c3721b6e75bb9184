package io.sockscope.app.export;

import io.sockscope.app.export.SequenceScript.Call;
import io.sockscope.app.export.SequenceScript.Caption;
import io.sockscope.app.export.SequenceScript.Create;
import io.sockscope.app.export.SequenceScript.Divider;
import io.sockscope.app.export.SequenceScript.Message;
import io.sockscope.app.export.SequenceScript.Participant;
import io.sockscope.app.export.SequenceScript.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A session as PlantUML sequence text: editable, one participant per lifeline boxed by owner. */
final class PlantUmlWriter {
    private PlantUmlWriter() {
    }

    static String write(SequenceScript script, String title, String stepWord) {
        StringBuilder out = new StringBuilder(4096).append("@startuml\n");
        if (!title.isBlank()) {
            out.append("title ").append(text(title)).append('\n');
        }
        out.append("skinparam responseMessageBelowArrow true\n");
        for (Map.Entry<String, List<Participant>> box : script.byOwner().entrySet()) {
            out.append("box \"").append(quoted(box.getKey().toUpperCase(Locale.ROOT))).append("\" #EEF2F6\n");
            for (Participant p : box.getValue()) {
                out.append("participant \"").append(quoted(p.label())).append("\" as ").append(p.id()).append('\n');
            }
            out.append("end box\n");
        }
        for (Statement s : script.statements()) {
            if (s instanceof Divider d) {
                out.append("== ").append(text(stepWord.replace("{0}", Integer.toString(d.step())))).append(" ==\n");
            } else if (s instanceof Caption c) {
                out.append("note across: ").append(text(c.text())).append('\n');
            } else if (s instanceof Create c) {
                out.append("create ").append(c.child()).append('\n');
                out.append(c.server()).append(" -> ").append(c.child()).append(" : ").append(text(c.label())).append('\n');
            } else if (s instanceof Message m) {
                String arrow = m.lost() ? " ->x " : m.signal() ? " --> " : " -> ";
                out.append(m.from()).append(arrow).append(m.to()).append(" : ").append(text(m.label())).append('\n');
            } else if (s instanceof Call c) {
                out.append("note over ").append(c.on()).append(c.error() ? " #FFCCCC" : "").append(" : ")
                        .append(text(c.error() ? "error: " + c.text() : c.text())).append('\n');
            }
        }
        return out.append("@enduml\n").toString();
    }

    /** Characters that are markup when doubled. */
    private static final String DOUBLED = "*/\"-_~=";

    /** One line of text: no line breaks, PlantUML's markup escaped with {@code ~}. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                b.append(' ');
            } else if (c == '\\' || c == '<' || c == '[' || (DOUBLED.indexOf(c) >= 0 && i + 1 < s.length() && s.charAt(i + 1) == c)) {
                b.append('~').append(c); // markup: "**bold**", "--strike--", "<b>", "[[link]]"...
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String quoted(String s) {
        return s.replace('"', '\'').replace('\n', ' ');
    }
}
