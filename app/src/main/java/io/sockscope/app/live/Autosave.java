package io.sockscope.app.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;

/**
 * Where live sessions are recorded: {@code $XDG_DATA_HOME/sockscope/sessions}, by default
 * {@code ~/.local/share/sockscope/sessions}. The system property {@value #PROPERTY} overrides
 * the data home (tests point it at a temporary folder); {@value #SESSIONS_PROPERTY} names the
 * sessions folder itself.
 */
public final class Autosave {
    /** System property naming the data home instead of {@code $XDG_DATA_HOME}. */
    public static final String PROPERTY = "sockscope.dataHome";
    /** System property naming the sessions folder itself (the window's own live controller reads it too). */
    public static final String SESSIONS_PROPERTY = "sockscope.data.dir";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path dir;

    public Autosave(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /** The folder for this user, from the system property, the environment, or the default. */
    public static Autosave forUser() {
        String sessions = System.getProperty(SESSIONS_PROPERTY);
        if (sessions != null && !sessions.isBlank()) {
            return new Autosave(Path.of(sessions));
        }
        return new Autosave(sessionsDir(System.getProperty(PROPERTY), System.getenv(), System.getProperty("user.home")));
    }

    static Path sessionsDir(String override, Map<String, String> env, String home) {
        String dataHome = override;
        if (dataHome == null || dataHome.isBlank()) {
            dataHome = env.get("XDG_DATA_HOME");
        }
        // the XDG spec says a relative value is invalid and must be ignored
        Path base = dataHome != null && !dataHome.isBlank() && Path.of(dataHome).isAbsolute()
                ? Path.of(dataHome) : Path.of(home, ".local", "share");
        return base.resolve("sockscope").resolve("sessions");
    }

    public Path dir() {
        return dir;
    }

    /** A new, not yet existing file named after the time and {@code what} (a scenario id or "live"). */
    public Path newFile(String what) throws IOException {
        Files.createDirectories(dir);
        String base = LocalDateTime.now().format(STAMP) + "-" + what.replaceAll("[^A-Za-z0-9._-]", "_");
        Path f = dir.resolve(base + ".sockscope");
        for (int n = 2; Files.exists(f); n++) {
            f = dir.resolve(base + "-" + n + ".sockscope");
        }
        return f;
    }
}
