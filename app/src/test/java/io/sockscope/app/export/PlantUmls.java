package io.sockscope.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.model.event.Event;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.sequencediagram.Message;
import net.sourceforge.plantuml.sequencediagram.SequenceDiagram;

/** Renders exported PlantUML with PlantUML itself and counts what it understood. */
final class PlantUmls {
    private PlantUmls() {
    }

    /** Renders {@code puml} to SVG; fails on any PlantUML error. */
    static String render(String puml) throws Exception {
        SourceStringReader reader = new SourceStringReader(puml);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var description = reader.outputImage(out, new FileFormatOption(FileFormat.SVG));
        assertTrue(description != null && !description.getDescription().toLowerCase().contains("error"),
                "PlantUML: " + (description == null ? "no diagram" : description.getDescription()));
        return out.toString(StandardCharsets.UTF_8);
    }

    static void check(String puml, List<Event> events) throws Exception {
        SourceStringReader reader = new SourceStringReader(puml);
        var diagram = reader.getBlocks().get(0).getDiagram();
        SequenceDiagram seq = assertInstanceOf(SequenceDiagram.class, diagram, () -> "PlantUML read: " + diagram.getDescription());
        SessionFold fold = SessionFold.of(events);
        assertEquals(fold.columns().size(), seq.participants().size(), "participants");
        long messages = seq.events().stream().filter(e -> e instanceof Message).count();
        int expected = fold.arrows().size() + fold.unread().size() + fold.signals().size() + fold.creations().size();
        assertEquals(expected, messages, "messages");
        render(puml);
    }
}
