package io.sockscope.model.trace;

import java.nio.file.Path;

/** Prints the events of a recorded strace file (a development aid: {@code DumpRecording FILE}). */
public final class DumpRecording {
    private DumpRecording() {
    }

    public static void main(String[] args) throws Exception {
        StraceRecording.events(Path.of(args[0]), "en", 4096, StepCaptions.NONE).forEach(System.out::println);
    }
}
