package io.sockscope.model.trace;

import io.sockscope.model.event.EventType;
import io.sockscope.model.scenario.Caption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Step captions for a traced program, read from a caption file beside it ({@code echo_server.py}
 * → {@code echo.captions}, see {@code resources/programs/README.md}). Each step names a program
 * and an event type; its caption is shown just before the first such event after the previous
 * step's, so the steps follow the program as it really runs.
 *
 * <pre>
 * step echo_server.py listen
 * en The server is ready: ...
 * zh 服务器已就绪：...
 * </pre>
 */
public final class StepCaptions {
    /** No captions. */
    public static final StepCaptions NONE = new StepCaptions(List.of());

    private record Step(String program, EventType type, Caption caption) {
    }

    private static final int LOOKAHEAD = 2;
    private final List<Step> steps;
    private int next;

    private StepCaptions(List<Step> steps) {
        this.steps = steps;
    }

    /** Reads a caption file; a malformed line is an {@link IllegalArgumentException} naming FILE:LINE. */
    public static StepCaptions read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Step> steps = new ArrayList<>();
        String program = null;
        EventType type = null;
        String en = null;
        String zh = null;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).strip() : "step";
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("step")) {
                if (program != null) {
                    if (en == null || zh == null) {
                        throw new IllegalArgumentException(file + ":" + i + ": step needs an en and a zh line");
                    }
                    steps.add(new Step(program, type, new Caption(en, zh)));
                }
                if (i == lines.size()) {
                    break;
                }
                String[] f = line.split("\\s+");
                type = f.length == 3 ? EventType.fromWire(f[2].toLowerCase(Locale.ROOT)) : null;
                if (type == null) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'step PROGRAM EVENT' (EVENT e.g. listen, accept, recv)");
                }
                program = f[1];
                en = null;
                zh = null;
            } else if (line.startsWith("en ") && program != null) {
                en = line.substring(3).strip();
            } else if (line.startsWith("zh ") && program != null) {
                zh = line.substring(3).strip();
            } else {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'step', 'en' or 'zh'");
            }
        }
        return new StepCaptions(steps);
    }

    /** The caption file for a program file: {@code NAME.captions} beside it (or for {@code x_server.py}, {@code x.captions}). */
    public static Path besides(Path program) {
        String name = program.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        Path own = program.resolveSibling(stem + ".captions");
        if (Files.isRegularFile(own)) {
            return own;
        }
        int us = stem.lastIndexOf('_');
        Path shared = us > 0 ? program.resolveSibling(stem.substring(0, us) + ".captions") : null;
        return shared != null && Files.isRegularFile(shared) ? shared : null;
    }

    /**
     * The caption of the step this event begins, else null: the next step, or one of the two
     * after it when two programs' calls came in another order (the steps passed over are dropped).
     */
    Caption next(String program, EventType type) {
        for (int k = next; k < Math.min(next + LOOKAHEAD, steps.size()); k++) {
            Step s = steps.get(k);
            if (s.type == type && s.program.equals(program)) {
                next = k + 1;
                return s.caption;
            }
        }
        return null;
    }

    /** The number (from 1) of the step last begun. */
    int stepNumber() {
        return next;
    }

    public int size() {
        return steps.size();
    }
}
