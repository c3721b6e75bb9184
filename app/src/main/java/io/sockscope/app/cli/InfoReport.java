package io.sockscope.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sockscope.sessions.DroppedTail;
import io.sockscope.sessions.Printable;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.SessionStats;
import io.sockscope.sessions.Skipped;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code sockscope info} says about a session, as text or as one JSON object. Every string
 * that comes from the file is escaped ({@link Printable}), so nothing in a file can act on the
 * terminal.
 */
final class InfoReport {
    /** Socket ids the text form names before it says how many more there are. */
    static final int IDS_SHOWN = 50;

    private static final ObjectMapper JSON = jsonMapper();

    private final String file;
    private final SessionStats stats;

    InfoReport(String file, SessionStats stats) {
        this.file = Objects.requireNonNull(file, "file");
        this.stats = Objects.requireNonNull(stats, "stats");
    }

    void printText(PrintStream out) {
        SessionHeader h = stats.header();
        out.println("file:      " + safe(file));
        out.println("format:    " + safe(h.format()) + " version " + h.formatVersion() + newer(h));
        out.println("app:       sockscope " + safe(h.app()));
        out.println("os:        " + safe(h.os()) + (h.kernel().isEmpty() ? "" : " (kernel " + safe(h.kernel()) + ")"));
        out.println("created:   " + safe(h.created()));
        out.println("title:     " + safe(h.title()));
        out.println("scenario:  " + (h.scenario().isEmpty() ? "(none)" : safe(h.scenario())));
        out.println("lang:      " + (h.lang().isEmpty() ? "(none)" : safe(h.lang())));
        out.println("captions:  " + (stats.captionLanguages().isEmpty() ? "(none)"
                : String.join(", ", stats.captionLanguages().stream().map(InfoReport::safe).toList())));
        out.println("steps:     " + stats.steps() + (stats.questions() == 0 ? "" : " (questions: " + stats.questions() + ")"));
        out.println("events:    " + stats.events());
        StringBuilder types = new StringBuilder();
        stats.counts().forEach((type, n) -> types.append(types.length() == 0 ? "" : ", ").append(type.wireName()).append(' ').append(n));
        out.println("by type:   " + (types.length() == 0 ? "(none)" : types));
        out.println("sockets:   " + socketsLine(stats.socketIds()));
        out.println("duration:  " + String.format(Locale.ROOT, "%.3f ms", stats.durationNs() / 1e6));
        out.println("dropped:   " + stats.droppedTail().map(d -> "line " + d.line() + " (" + d.bytes()
                + " bytes) was cut off and skipped").orElse("nothing"));
        out.println("skipped:   " + skippedLine(stats.skipped()));
    }

    private static String newer(SessionHeader h) {
        int known = SessionHeader.knownMinor(h.version());
        return h.minor() > known
                ? " (newer than the " + h.version() + "." + known + " this Sockscope knows: what it does not know is skipped)"
                : "";
    }

    private static String socketsLine(List<String> ids) {
        if (ids.isEmpty()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder().append(ids.size()).append(" (");
        int shown = Math.min(ids.size(), IDS_SHOWN);
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : ", ").append(safe(ids.get(i)));
        }
        if (ids.size() > shown) {
            sb.append(", and ").append(ids.size() - shown).append(" more");
        }
        return sb.append(')').toString();
    }

    private static String skippedLine(Skipped s) {
        if (s.isEmpty()) {
            return "nothing";
        }
        StringBuilder sb = new StringBuilder();
        if (!s.eventTypes().isEmpty()) {
            sb.append(s.events()).append(s.events() == 1 ? " event" : " events").append(" of unknown types (")
                    .append(counts(s.eventTypes())).append(')');
        }
        if (!s.fields().isEmpty()) {
            sb.append(sb.length() == 0 ? "" : "; ").append(s.fieldCount()).append(" unknown ")
                    .append(s.fieldCount() == 1 ? "field" : "fields").append(" (").append(counts(s.fields())).append(')');
        }
        return sb.toString();
    }

    private static String counts(Map<String, Long> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((name, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(safe(name)).append(' ').append(n));
        return sb.toString();
    }

    private static String safe(String s) {
        return Printable.escape(s);
    }

    void printJson(PrintStream out) {
        SessionHeader h = stats.header();
        ObjectNode o = JSON.createObjectNode();
        o.put("file", file);
        o.put("format", h.format());
        o.put("version", h.version());
        o.put("minor", h.minor());
        o.put("app", h.app());
        o.put("os", h.os());
        o.put("kernel", h.kernel());
        o.put("created", h.created());
        o.put("title", h.title());
        o.put("scenario", h.scenario());
        o.put("lang", h.lang());
        stats.captionLanguages().forEach(o.putArray("captionLanguages")::add);
        o.put("steps", stats.steps());
        o.put("questions", stats.questions());
        o.put("events", stats.events());
        ObjectNode types = o.putObject("byType");
        stats.counts().forEach((type, n) -> types.put(type.wireName(), n));
        o.put("sockets", stats.sockets());
        stats.socketIds().forEach(o.putArray("socketIds")::add);
        o.put("durationNs", stats.durationNs());
        DroppedTail dropped = stats.droppedTail().orElse(null);
        if (dropped == null) {
            o.putNull("droppedTail");
        } else {
            o.putObject("droppedTail").put("line", dropped.line()).put("bytes", dropped.bytes());
        }
        Skipped s = stats.skipped();
        ObjectNode skipped = o.putObject("skipped");
        skipped.put("events", s.events());
        ObjectNode skippedTypes = skipped.putObject("eventTypes");
        s.eventTypes().forEach(skippedTypes::put);
        skipped.put("fields", s.fieldCount());
        ObjectNode skippedFields = skipped.putObject("fieldNames");
        s.fields().forEach(skippedFields::put);
        try {
            out.println(JSON.writeValueAsString(o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the summary as JSON", e);
        }
    }

    /** A mapper whose output escapes, besides what JSON requires, DEL, C1 controls and bidi overrides. */
    private static ObjectMapper jsonMapper() {
        ObjectMapper m = new ObjectMapper();
        m.getFactory().setCharacterEscapes(new TerminalSafeEscapes());
        return m;
    }

    /** JSON escapes that leave no character a terminal would act on. */
    private static final class TerminalSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        TerminalSafeEscapes() {
            ascii = CharacterEscapes.standardAsciiEscapesForJSON();
            ascii[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch <= 0xffff && Printable.actsOnTerminal((char) ch)
                    ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
