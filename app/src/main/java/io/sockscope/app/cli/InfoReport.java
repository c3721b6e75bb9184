package io.sockscope.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code sockscope info} says about a session, as text or as one JSON object.
 *
 * @param byType      event count per wire type name, in vocabulary order
 * @param socketIds   ids of the sockets and selectors the session opened
 * @param durationNs  time of the last event (events count from the session start)
 * @param droppedLine 1-based line of a cut-off last line the reader skipped, 0 when none
 * @param droppedBytes bytes in that cut-off line
 * @param captionLanguages the languages the session's captions are written in ("en", "zh"), sorted
 */
record InfoReport(String file, String format, int version, String app, String os, String kernel,
                  String created, String title, String scenario, String lang, long events,
                  Map<String, Long> byType, List<String> socketIds, long durationNs,
                  long droppedLine, long droppedBytes, List<String> captionLanguages) {

    InfoReport {
        Objects.requireNonNull(byType, "byType");
        Objects.requireNonNull(socketIds, "socketIds");
        byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
        socketIds = List.copyOf(socketIds);
        captionLanguages = List.copyOf(captionLanguages);
    }

    void printText(PrintStream out) {
        out.println("file:      " + file);
        out.println("format:    " + format + " version " + version);
        out.println("app:       sockscope " + app);
        out.println("os:        " + os + (kernel.isEmpty() ? "" : " (kernel " + kernel + ")"));
        out.println("created:   " + created);
        out.println("title:     " + title);
        out.println("scenario:  " + (scenario.isEmpty() ? "(none)" : scenario));
        out.println("lang:      " + (lang.isEmpty() ? "(none)" : lang));
        out.println("captions:  " + (captionLanguages.isEmpty() ? "(none)" : String.join(", ", captionLanguages)));
        out.println("events:    " + events);
        StringBuilder types = new StringBuilder();
        byType.forEach((type, n) -> types.append(types.length() == 0 ? "" : ", ").append(type).append(' ').append(n));
        out.println("by type:   " + (types.length() == 0 ? "(none)" : types));
        out.println("sockets:   " + socketIds.size() + (socketIds.isEmpty() ? "" : " (" + String.join(", ", socketIds) + ")"));
        out.println("duration:  " + String.format(Locale.ROOT, "%.3f ms", durationNs / 1e6));
        out.println("dropped:   " + (droppedLine == 0 ? "nothing"
                : "line " + droppedLine + " (" + droppedBytes + " bytes) was cut off and skipped"));
    }

    void printJson(PrintStream out) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode o = mapper.createObjectNode();
        o.put("file", file);
        o.put("format", format);
        o.put("version", version);
        o.put("app", app);
        o.put("os", os);
        o.put("kernel", kernel);
        o.put("created", created);
        o.put("title", title);
        o.put("scenario", scenario);
        o.put("lang", lang);
        captionLanguages.forEach(o.putArray("captionLanguages")::add);
        o.put("events", events);
        ObjectNode types = o.putObject("byType");
        byType.forEach(types::put);
        o.put("sockets", socketIds.size());
        socketIds.forEach(o.putArray("socketIds")::add);
        o.put("durationNs", durationNs);
        if (droppedLine == 0) {
            o.putNull("droppedTail");
        } else {
            o.putObject("droppedTail").put("line", droppedLine).put("bytes", droppedBytes);
        }
        out.println(o.toString());
    }
}
