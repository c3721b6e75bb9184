package io.sockscope.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the window remembers between runs (language, theme, recent files, size, maximized, legend
 * shown, the diagram's share of the height and the inspector's width), the autosave's disk
 * budget and the live payload cap, kept in
 * {@code settings.json} under {@code $XDG_CONFIG_HOME/sockscope} (default
 * {@code ~/.config/sockscope}); the system property {@code sockscope.config.dir} overrides it.
 */
public final class Settings {
    public static final int MAX_RECENT = 10;
    private static final System.Logger LOG = System.getLogger(Settings.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One thread writes every settings file, in order; a daemon, so {@link #flush} before the JVM ends. */
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "settings-writer");
        t.setDaemon(true);
        return t;
    });

    private final Path file;
    private final AtomicReference<ObjectNode> pending = new AtomicReference<>();
    private Language language = Language.EN;
    private Theme theme = Theme.LIGHT;
    private final List<Path> recent = new ArrayList<>();
    private double width = 1440;
    private double height = 900;
    private boolean maximized = true;
    private boolean legendShown;
    private double diagramShare = 0.75;
    private double inspectorWidth = 400;
    /** Disk budget of each live session's autosave, MiB; 0 records without a bound. */
    private int autosaveBudgetMib = DEFAULT_AUTOSAVE_BUDGET_MIB;
    public static final int DEFAULT_AUTOSAVE_BUDGET_MIB = 300;
    /** Bytes of each send/recv payload a live session keeps; 0 keeps none. */
    private int livePayloadCap = DEFAULT_LIVE_PAYLOAD_CAP;
    public static final int DEFAULT_LIVE_PAYLOAD_CAP = 4096;
    public static final int MAX_LIVE_PAYLOAD_CAP = 1 << 20;

    private Settings(Path file) {
        this.file = file;
    }

    /** The directory settings live in on this machine. */
    public static Path defaultDir() {
        String override = System.getProperty("sockscope.config.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("sockscope");
    }

    /** Reads {@code dir/settings.json}; a missing file gives defaults, a broken one is reported and replaced by defaults. */
    public static Settings load(Path dir) {
        Settings s = new Settings(Objects.requireNonNull(dir, "dir").resolve("settings.json"));
        if (!Files.exists(s.file)) {
            return s;
        }
        try {
            JsonNode root = JSON.readTree(s.file.toFile());
            s.language = Language.fromTag(root.path("language").asText("en"));
            s.theme = Theme.parse(root.path("theme").asText("light"));
            for (JsonNode r : root.path("recent")) {
                if (s.recent.size() < MAX_RECENT && r.isTextual()) {
                    s.recent.add(Path.of(r.asText()));
                }
            }
            s.width = clamp(root.path("width").asDouble(s.width), 640, 8000);
            s.height = clamp(root.path("height").asDouble(s.height), 400, 8000);
            s.maximized = root.path("maximized").asBoolean(s.maximized);
            s.legendShown = root.path("legendShown").asBoolean(s.legendShown);
            s.diagramShare = clamp(root.path("diagramShare").asDouble(s.diagramShare), 0.2, 0.95);
            s.inspectorWidth = clamp(root.path("inspectorWidth").asDouble(s.inspectorWidth), 200, 1200);
            s.autosaveBudgetMib = (int) clamp(root.path("autosaveBudgetMiB").asInt(s.autosaveBudgetMib), 0, 1 << 20);
            s.livePayloadCap = (int) clamp(root.path("livePayloadCapBytes").asInt(s.livePayloadCap), 0, MAX_LIVE_PAYLOAD_CAP);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "ignoring unreadable settings " + s.file + ": " + e.getMessage());
        }
        return s;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /**
     * Writes the settings on a background thread (the FX thread never waits on a file): the
     * values are taken now, written soon; saves in quick succession write the latest once.
     * A failure is logged, never thrown at the user. {@link #flush} waits for the write.
     */
    public void save() {
        ObjectNode root = JSON.createObjectNode();
        root.put("language", language.tag());
        root.put("theme", theme.name().toLowerCase(java.util.Locale.ROOT));
        recent.forEach(p -> root.withArray("recent").add(p.toString()));
        root.put("width", width);
        root.put("height", height);
        root.put("maximized", maximized);
        root.put("legendShown", legendShown);
        root.put("diagramShare", diagramShare);
        root.put("inspectorWidth", inspectorWidth);
        root.put("autosaveBudgetMiB", autosaveBudgetMib);
        root.put("livePayloadCapBytes", livePayloadCap);
        if (pending.getAndSet(root) == null) {
            WRITER.execute(this::writePending);
        }
    }

    /** Waits (at most 5 s) until every save made so far is on disk: before the program ends, and in tests. */
    public void flush() {
        try {
            WRITER.submit(() -> { }).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.log(System.Logger.Level.WARNING, "interrupted while saving settings " + file);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "settings " + file + " may be unsaved: " + e);
        }
    }

    private void writePending() {
        ObjectNode root = pending.getAndSet(null);
        if (root == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("settings.json.tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot save settings " + file + ": " + e.getMessage());
        }
    }

    /** Puts {@code file} first in the recent list (at most {@value #MAX_RECENT}, no duplicates). */
    public void addRecent(Path file) {
        Path p = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        recent.remove(p);
        recent.add(0, p);
        while (recent.size() > MAX_RECENT) {
            recent.remove(recent.size() - 1);
        }
    }

    public List<Path> recent() {
        return List.copyOf(recent);
    }

    public Path file() {
        return file;
    }

    public Language language() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    public Theme theme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = Objects.requireNonNull(theme, "theme");
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public void setSize(double width, double height) {
        this.width = clamp(width, 640, 8000);
        this.height = clamp(height, 400, 8000);
    }

    /** Whether the window opens maximized (the default: the diagram needs the room). */
    public boolean maximized() {
        return maximized;
    }

    public void setMaximized(boolean maximized) {
        this.maximized = maximized;
    }

    /** Whether the legend strip under the diagram is shown (off by default; the inspector shows the key when idle). */
    public boolean legendShown() {
        return legendShown;
    }

    public void setLegendShown(boolean shown) {
        this.legendShown = shown;
    }

    /** The diagram's share of the height above the event list, 0.2 to 0.95. */
    public double diagramShare() {
        return diagramShare;
    }

    public void setDiagramShare(double share) {
        this.diagramShare = clamp(share, 0.2, 0.95);
    }

    /**
     * How big a live session's autosave may grow, MiB (default {@value #DEFAULT_AUTOSAVE_BUDGET_MIB};
     * {@code autosaveBudgetMiB} in settings.json, 0 for no bound): past three quarters of it
     * payload bytes are no longer recorded, at it no events.
     */
    public int autosaveBudgetMib() {
        return autosaveBudgetMib;
    }

    /**
     * Bytes of each send and recv payload a live session records (default
     * {@value #DEFAULT_LIVE_PAYLOAD_CAP}; {@code livePayloadCapBytes} in settings.json, 0 to
     * {@value #MAX_LIVE_PAYLOAD_CAP}, 0 for none): the rest of a call's bytes are counted, not kept.
     */
    public int livePayloadCap() {
        return livePayloadCap;
    }

    /** The inspector column's width in pixels, 200 to 1200. */
    public double inspectorWidth() {
        return inspectorWidth;
    }

    public void setInspectorWidth(double width) {
        this.inspectorWidth = clamp(width, 200, 1200);
    }
}
