package io.sockscope.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Structure checks of exported Mermaid: header, balanced boxes, participants declared before use, no raw separators. */
final class Mermaids {
    private static final Pattern PARTICIPANT = Pattern.compile("^\\s*(create )?participant (\\w+) as .+$");
    private static final Pattern MESSAGE = Pattern.compile("^\\s*(\\w+)(->>|-->>|-x)(\\w+): .*$");
    private static final Pattern NOTE = Pattern.compile("^\\s*Note (over|right of) (\\w+)(,(\\w+))?: .+$");

    private Mermaids() {
    }

    /** Checks the text and returns the number of messages. */
    static int check(String mmd) {
        List<String> lines = mmd.lines().toList();
        assertEquals("sequenceDiagram", lines.get(0));
        Set<String> declared = new HashSet<>();
        int boxes = 0;
        int messages = 0;
        String pendingCreate = null;
        for (String line : lines.subList(1, lines.size())) {
            String t = line.strip();
            assertFalse(t.replaceAll("#\\d+;", "").contains(";"), "raw ';' ends a Mermaid statement: " + line);
            Matcher m;
            if (t.startsWith("title ")) {
                continue;
            } else if (t.startsWith("box ")) {
                boxes++;
                assertEquals(1, boxes, "boxes do not nest");
            } else if (t.equals("end")) {
                boxes--;
                assertEquals(0, boxes, "end closes a box");
            } else if ((m = PARTICIPANT.matcher(line)).matches()) {
                assertTrue(declared.add(m.group(2)), "declared once: " + m.group(2));
                if (m.group(1) != null) {
                    assertEquals(0, boxes, "created participants are outside boxes");
                    pendingCreate = m.group(2);
                }
            } else if ((m = MESSAGE.matcher(line)).matches()) {
                assertTrue(declared.contains(m.group(1)) && declared.contains(m.group(3)), "participants declared: " + line);
                if (pendingCreate != null) {
                    assertEquals(pendingCreate, m.group(3), "a created participant's first message goes to it");
                    pendingCreate = null;
                }
                messages++;
            } else if ((m = NOTE.matcher(line)).matches()) {
                assertTrue(declared.contains(m.group(2)), "note on a declared participant: " + line);
            } else {
                throw new AssertionError("not a Mermaid statement this export writes: " + line);
            }
        }
        assertEquals(0, boxes, "every box ended");
        return messages;
    }
}
