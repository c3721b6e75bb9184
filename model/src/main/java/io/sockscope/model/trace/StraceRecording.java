package io.sockscope.model.trace;

import io.sockscope.model.event.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Maps a recorded {@code strace -f -ttt -yy -xx} output file to the events a live trace would give. */
public final class StraceRecording {
    private StraceRecording() {
    }

    /** The events of {@code file}; {@code t} follows strace's clock from the first line. */
    public static List<Event> events(Path file, String lang, int payloadCap, StepCaptions captions) throws IOException {
        List<StraceLine> lines = new ArrayList<>();
        AddressBook book = new AddressBook(null);
        for (String text : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            StraceLine l = StraceLineParser.parse(text);
            lines.add(l);
            book.learn(l);
        }
        List<Event> out = new ArrayList<>();
        long[] clock = {-1, 0};
        TraceMapper mapper = new TraceMapper((micros, stamp) -> {
            if (clock[0] < 0 && micros >= 0) {
                clock[0] = micros;
            }
            long t = micros < 0 || clock[0] < 0 ? clock[1] : Math.max(clock[1], (micros - clock[0]) * 1000);
            clock[1] = t;
            out.add(stamp.make(out.size(), t));
        }, book, payloadCap, lang);
        mapper.captions(captions);
        lines.forEach(mapper::line);
        mapper.finish();
        return out;
    }
}
