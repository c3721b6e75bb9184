package io.sockscope.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/session-format.md stays true: its examples parse with the reader and its field tables match the records. */
class DocsExamplesTest {
    private static final Path DOC = Path.of("..", "docs", "session-format.md");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([A-Za-z]+)` \\|");

    /** Per heading: the JSON lines of its ```json blocks and the field names of its table. */
    private static final Map<String, List<String>> examples = new LinkedHashMap<>();
    private static final Map<String, Set<String>> fields = new LinkedHashMap<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void parseDoc() throws Exception {
        String heading = "";
        boolean inJson = false;
        for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
            if (line.startsWith("```")) {
                inJson = !inJson && line.equals("```json");
            } else if (inJson) {
                examples.computeIfAbsent(heading, h -> new ArrayList<>()).add(line);
            } else if (line.startsWith("#")) {
                heading = line.replaceFirst("^#+ ", "");
            } else {
                Matcher m = TABLE_ROW.matcher(line);
                if (m.find()) {
                    fields.computeIfAbsent(heading, h -> new LinkedHashSet<>()).add(m.group(1));
                }
            }
        }
    }

    private static Event parse(String line) throws LineException {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        Skips skips = new Skips();
        Event e = EventCodec.read(Json.parseObject(b, b.length), SessionHeader.LEVEL, -1, 0, 0, skips).event();
        assertTrue(skips.snapshot().isEmpty(), "the example has a field the format does not know: " + line);
        return e;
    }

    @Test
    void everyEventTypeHasAValidExampleUnderItsOwnHeading() throws Exception {
        Set<EventType> covered = EnumSet.noneOf(EventType.class);
        for (EventType type : EventType.values()) {
            List<String> lines = examples.getOrDefault("`" + type.wireName() + "`", List.of());
            assertFalse(lines.isEmpty(), "no example for " + type.wireName());
            for (String line : lines) {
                Event e = parse(line);
                assertEquals(type, e.type(), line);
                covered.add(e.type());
            }
        }
        assertEquals(EnumSet.allOf(EventType.class), covered);
    }

    @Test
    void everyEventTypeTableListsExactlyTheWireFieldsInOrder() throws Exception {
        for (EventType type : EventType.values()) {
            String heading = "`" + type.wireName() + "`";
            List<String> wire = EventSchema.of(type).fields().stream().map(WireField::name).collect(Collectors.toList());
            assertEquals(wire, List.copyOf(fields.getOrDefault(heading, Set.of())), "table of " + heading);
        }
    }

    /**
     * The *Compact lines* table names every field that has a default, and each default that is
     * a value (not worked out from other fields) as the writer would write it.
     */
    @Test
    void defaultsTableListsEveryFieldWithADefault() throws Exception {
        Pattern row = Pattern.compile("^\\| (`[a-z]+\\.[A-Za-z]+`(?:, `[a-z]+\\.[A-Za-z]+`)*) \\| (.*) \\|$");
        Map<String, String> documented = new TreeMap<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## Compact lines");
            }
            Matcher m = row.matcher(line);
            if (inSection && m.find()) {
                for (String name : m.group(1).split(", ")) {
                    documented.put(name.replace("`", ""), m.group(2));
                }
            }
        }
        Map<String, String> inCode = new TreeMap<>();
        for (WireType<?> t : EventSchema.all()) {
            for (WireField<?> f : t.fields()) {
                if (f.fallback() != null) {
                    inCode.put(t.wireName() + "." + f.name(), "");
                }
            }
        }
        assertEquals(inCode.keySet(), documented.keySet());
        for (WireType<?> t : EventSchema.all()) {
            for (WireField<?> f : t.fields()) {
                String cell = documented.get(t.wireName() + "." + f.name());
                if (cell != null && cell.startsWith("`")) {
                    Object v = f.fallback().of(name -> null);
                    String json = v instanceof String str ? "\"" + str + "\"" : v instanceof Enum<?> en ? "\"" + Fields.wire(en) + "\"" : String.valueOf(v);
                    assertEquals("`" + json + "`", cell, t.wireName() + "." + f.name());
                }
            }
        }
    }

    @Test
    void headerExampleAndTableMatchTheHeaderRecord() throws Exception {
        List<String> lines = examples.get("Header (line 1)");
        assertEquals(1, lines.size());
        byte[] b = lines.get(0).getBytes(StandardCharsets.UTF_8);
        SessionHeader h = Json.readHeader(Json.parseObject(b, b.length), new Skips());
        assertEquals(SessionHeader.FORMAT, h.format());
        Set<String> components = Arrays.stream(SessionHeader.class.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertEquals(List.copyOf(components), List.copyOf(fields.get("Header (line 1)")));
    }

    @Test
    void wholeFileExampleIsAValidSessionAndRepeatsEveryPerTypeExample() throws Exception {
        List<String> lines = examples.get("A whole file");
        Path f = Files2.lines(dir.resolve("doc.sockscope"), lines.toArray(String[]::new));
        Session s = Sessions.readAll(f);
        assertEquals(lines.size() - 1, s.events().size());
        assertTrue(s.droppedTail().isEmpty());
        for (EventType type : EventType.values()) {
            for (String example : examples.get("`" + type.wireName() + "`")) {
                assertTrue(lines.contains(example), "per-type example not in the whole file: " + example);
            }
        }
    }
}
