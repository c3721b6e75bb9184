package io.sockscope.app.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Checks of an exported SVG: well-formed XML whose texts hold every lifeline's label and every caption whole (wrapped). */
final class Svgs {
    private Svgs() {
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    /** {@link #check(String, List, String)} for an English export. */
    static void check(String svg, List<Event> events) throws Exception {
        check(svg, events, "en");
    }

    /**
     * Every lifeline's label is a text of the SVG, and every caption, in {@code lang} where it
     * has both languages, is there whole: wrapped over consecutive lines, every character kept.
     */
    static void check(String svg, List<Event> events, String lang) throws Exception {
        List<String> texts = texts(parse(svg));
        String joined = String.join("", texts).replace(" ", "");
        for (Lifeline l : SessionFold.of(events).columns()) {
            String label = l.socket() + (l.fd() >= 0 ? "  fd " + l.fd() : "") + "  " + l.proto().name().toLowerCase(Locale.ROOT);
            assertTrue(texts.contains(label), "lifeline label '" + label + "' in the SVG");
        }
        for (Event e : events) {
            if (e instanceof Note n) {
                String caption = n.in(lang);
                assertTrue(joined.contains(caption.replace(" ", "")), "caption whole in the SVG: " + caption);
            }
        }
    }
}
