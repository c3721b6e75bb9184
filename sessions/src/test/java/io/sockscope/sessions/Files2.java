package io.sockscope.sessions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds small session files by hand for format tests. */
final class Files2 {
    static final String HEADER = "{\"format\":\"sockscope-session\",\"version\":1,\"app\":\"0.1.0\",\"os\":\"Linux amd64\","
            + "\"kernel\":\"6.1.0\",\"created\":\"2026-11-27T09:00:00Z\",\"title\":\"t\",\"scenario\":\"\",\"lang\":\"en\"}";
    static final String OPEN0 = "{\"seq\":0,\"t\":0,\"type\":\"open\",\"socket\":\"s1\",\"proto\":\"tcp\",\"family\":\"inet\",\"fd\":7,\"owner\":\"server\"}";
    static final String BIND1 = "{\"seq\":1,\"t\":10,\"type\":\"bind\",\"socket\":\"s1\",\"local\":\"127.0.0.1:5000\"}";
    static final String LISTEN2 = "{\"seq\":2,\"t\":20,\"type\":\"listen\",\"socket\":\"s1\",\"backlog\":50}";

    private Files2() {
    }

    /** Writes the lines, each followed by a newline. */
    static Path lines(Path file, String... lines) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        return file;
    }
}
