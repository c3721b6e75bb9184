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

/**
 * A session as Mermaid sequence text. Lifelines are boxed by owner; accepted sockets are created
 * where their accept happens (Mermaid creates only participants outside boxes); a step is a
 * note across all lifelines.
 */
final class MermaidWriter {
    private MermaidWriter() {
    }

    static String write(SequenceScript script, String title, String stepWord) {
        StringBuilder out = new StringBuilder(4096).append("sequenceDiagram\n");
        if (!title.isBlank()) {
            out.append("    title ").append(text(title)).append('\n');
        }
        List<Participant> all = script.participants();
        for (Map.Entry<String, List<Participant>> box : script.byOwner().entrySet()) {
            List<Participant> declared = box.getValue().stream().filter(p -> !p.created()).toList();
            if (declared.isEmpty()) {
                continue;
            }
            out.append("    box rgb(238,242,246) ").append(text(box.getKey().toUpperCase(Locale.ROOT))).append('\n');
            for (Participant p : declared) {
                out.append("        participant ").append(p.id()).append(" as ").append(text(p.label())).append('\n');
            }
            out.append("    end\n");
        }
        String across = all.isEmpty() ? null
                : all.size() == 1 ? all.get(0).id() : all.get(0).id() + "," + all.get(all.size() - 1).id();
        for (Statement s : script.statements()) {
            if (s instanceof Divider d && across != null) {
                out.append("    Note over ").append(across).append(": ")
                        .append(text("—— " + stepWord.replace("{0}", Integer.toString(d.step())) + " ——")).append('\n');
            } else if (s instanceof Caption c && across != null) {
                out.append("    Note over ").append(across).append(": ").append(text(c.text())).append('\n');
            } else if (s instanceof Create c) {
                Participant p = all.stream().filter(x -> x.id().equals(c.child())).findFirst().orElseThrow();
                out.append("    create participant ").append(p.id()).append(" as ").append(text(p.label())).append('\n');
                out.append("    ").append(c.server()).append("->>").append(c.child()).append(": ").append(text(c.label())).append('\n');
            } else if (s instanceof Message m) {
                String arrow = m.lost() ? "-x" : m.signal() ? "-->>" : "->>";
                out.append("    ").append(m.from()).append(arrow).append(m.to()).append(": ").append(text(m.label())).append('\n');
            } else if (s instanceof Call c) {
                out.append("    Note right of ").append(c.on()).append(": ")
                        .append(text(c.error() ? "⚠ error: " + c.text() : c.text())).append('\n');
            }
        }
        return out.toString();
    }

    /** One line of text with Mermaid's statement and markup characters as entity codes. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n', '\r' -> b.append(' ');
                case ';', '#', '<', '>', '%', '{', '}' -> b.append('#').append((int) c).append(';');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
