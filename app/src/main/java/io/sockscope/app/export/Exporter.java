package io.sockscope.app.export;

import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.app.diagram.layout.Row;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import javax.imageio.ImageIO;

/**
 * Exports a session: the diagram as SVG or PNG, the replay as GIF or MP4, the sequence as
 * PlantUML or Mermaid text. Every picture is the window's painter on another surface. The file
 * is written beside the target under a temporary name and moved into place when complete, so a
 * failed or cancelled export leaves nothing behind. Needs no display.
 */
public final class Exporter {
    /** Largest PNG, in pixels: beyond this, a range or SVG is the way. */
    static final long MAX_PIXELS = 80_000_000L;

    private final List<Event> events;
    private final String title;
    private final ExportRequest request;
    private DoubleConsumer progress = f -> { };
    private BooleanSupplier cancelled = () -> false;

    /**
     * An export of {@code events} (a whole session, in order) titled {@code title}; captions
     * recorded in two languages are written in the request's.
     */
    public Exporter(List<Event> events, String title, ExportRequest request) {
        this.request = Objects.requireNonNull(request, "request");
        String lang = request.style().lang();
        this.events = Objects.requireNonNull(events, "events").stream()
                .map(e -> e instanceof io.sockscope.model.event.Note n ? n.inLanguage(lang) : e).toList();
        this.title = Objects.requireNonNull(title, "title");
    }

    /** Told the fraction done (0 to 1) as the export goes, on the exporting thread. */
    public Exporter progress(DoubleConsumer p) {
        this.progress = Objects.requireNonNull(p, "progress");
        return this;
    }

    /** Asked between frames and pages; true stops the export ({@link CancellationException}), leaving no file. */
    public Exporter cancelled(BooleanSupplier c) {
        this.cancelled = Objects.requireNonNull(c, "cancelled");
        return this;
    }

    /** Writes the export to {@code out} (replaced if it exists). */
    public void writeTo(Path out) throws IOException {
        Objects.requireNonNull(out, "out");
        Path dir = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) {
            throw new ExportException(out + ": is a directory");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException(out + ": directory " + dir + " does not exist");
        }
        if (request.format() == ExportFormat.MP4) {
            Mp4Writer.checkFfmpeg();
        }
        Path part;
        try {
            // beside the target, so the move is a rename; created plainly so it gets the usual permissions
            part = Files.createFile(dir.resolve("." + out.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part"));
        } catch (FileAlreadyExistsException e) {
            throw new ExportException(out + ": another export to it is running", e);
        } catch (AccessDeniedException e) {
            throw new ExportException(out + ": cannot write in " + dir + " (permission denied)", e);
        } catch (IOException e) {
            throw new ExportException(out + ": cannot write in " + dir + ": " + e.getMessage(), e);
        }
        boolean done = false;
        try {
            write(part);
            try {
                Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            progress.accept(1);
        } finally {
            if (!done) {
                Files.deleteIfExists(part);
            }
        }
    }

    private void write(Path file) throws IOException {
        switch (request.format()) {
            case SVG -> svg(file);
            case PNG -> png(file);
            case GIF -> GifWriter.write(frames(), file, request.fps(), this::tick);
            case MP4 -> Mp4Writer.write(frames(), file, request.fps(), this::tick);
            case PUML -> text(file, PlantUmlWriter.write(script(), title, request.style().text("caption.step")));
            case MMD -> text(file, MermaidWriter.write(script(), title, request.style().text("caption.step")));
        }
    }

    /**
     * A look at what the export will hold, at most {@code maxW} by {@code maxH} pixels: the top
     * of the picture across its whole width (scaled down when wider), or the first frame of the replay. Text formats have {@link #previewText()}.
     */
    public BufferedImage previewImage(int maxW, int maxH) {
        if (request.format().animated()) {
            ReplayFrames f = frames();
            BufferedImage img = new BufferedImage(f.width(), f.height(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            try {
                f.paint(0, new Java2dSurface(g));
            } finally {
                g.dispose();
            }
            return img;
        }
        DiagramPicture pic = picture();
        // the whole width, scaled down when wider: a preview cut at the right hides lifelines
        double scale = Math.min(1, (double) maxW / pic.width());
        BufferedImage img = new BufferedImage(Math.max(1, (int) Math.ceil(pic.width() * scale)),
                Math.max(1, (int) Math.min(maxH, Math.ceil(pic.height() * scale))), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(scale, scale);
            pic.paint(new Java2dSurface(g));
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The text a PlantUML or Mermaid export writes. */
    public String previewText() {
        return switch (request.format()) {
            case PUML -> PlantUmlWriter.write(script(), title, request.style().text("caption.step"));
            case MMD -> MermaidWriter.write(script(), title, request.style().text("caption.step"));
            default -> throw new IllegalStateException(request.format() + " is a picture");
        };
    }

    /** Reports progress and stops when cancelled. */
    private void tick(double fraction) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("export cancelled");
        }
        progress.accept(Math.min(0.99, fraction));
    }

    private void svg(Path file) throws IOException {
        DiagramPicture pic = picture();
        SvgSurface s = new SvgSurface(pic.width(), pic.height());
        pic.paint(s);
        tick(0.8);
        try (OutputStream o = Files.newOutputStream(file)) {
            s.writeTo(o);
        }
    }

    private void png(Path file) throws IOException {
        DiagramPicture pic = picture();
        double scale = request.scale();
        long w = Math.round(pic.width() * scale);
        long h = Math.round(pic.height() * scale);
        if (w * h > MAX_PIXELS) {
            throw new ExportException("the picture would be " + w + "x" + h + " pixels, too big for PNG: export a range"
                    + " (--steps or --events), a smaller --scale, or SVG");
        }
        BufferedImage img = new BufferedImage((int) w, (int) h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(scale, scale);
            pic.paint(new Java2dSurface(g));
        } finally {
            g.dispose();
        }
        tick(0.7);
        try (OutputStream o = Files.newOutputStream(file)) {
            if (!ImageIO.write(img, "png", o)) {
                throw new IOException("no PNG writer in this Java");
            }
        }
    }

    private static void text(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private DiagramPicture picture() {
        SessionFold fold = SessionFold.of(events);
        int[] rows = rows(fold);
        return DiagramPicture.ofWidth(fold, new RowAxis(LayoutMode.STEPS).update(fold), request.style(), rows[0], rows[1],
                request.width());
    }

    private SequenceScript script() {
        SessionFold fold = SessionFold.of(events);
        int[] rows = rows(fold);
        return SequenceScript.of(fold, rows[0], rows[1]);
    }

    private ReplayFrames frames() {
        ReplayFrames f = ReplayFrames.of(events, request.range(), request.style(), request.frameWidth(),
                request.frameHeight(), request.stepSeconds(), request.speed(), request.fps());
        if (f.frames().isEmpty()) {
            throw new ExportException(emptyRange());
        }
        return f;
    }

    /** First and last row of the range; an empty range is an error. */
    int[] rows(SessionFold fold) {
        List<Row> rows = fold.rows();
        if (rows.isEmpty()) {
            throw new ExportException("the session has no events to draw");
        }
        ExportRange r = request.range();
        int first = -1;
        int last = -1;
        switch (r.kind()) {
            case ALL -> {
                first = 0;
                last = rows.size() - 1;
            }
            case EVENTS -> {
                for (int i = 0; i < rows.size(); i++) {
                    long seq = rows.get(i).seq();
                    if (seq >= r.from() && seq <= r.to()) {
                        first = first < 0 ? i : first;
                        last = i;
                    }
                }
            }
            case STEPS -> {
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).event() instanceof Note n && n.step() > 0) {
                        if (n.step() >= r.from() && n.step() <= r.to()) {
                            first = first < 0 ? i : first;
                            last = rows.size() - 1;
                        } else if (first >= 0 && n.step() > r.to()) {
                            last = i - 1;
                            break;
                        }
                    }
                }
            }
        }
        if (first < 0 || last < first) {
            throw new ExportException(emptyRange());
        }
        return new int[] {first, last};
    }

    private String emptyRange() {
        ExportRange r = request.range();
        long steps = events.stream().filter(e -> e instanceof Note n && n.step() > 0).count();
        return switch (r.kind()) {
            case STEPS -> "steps " + r.from() + "-" + r.to() + " are not in the session (it has " + steps + " steps)";
            case EVENTS -> "events " + r.from() + "-" + r.to() + " are not in the session (its events are "
                    + (events.isEmpty() ? "none" : events.get(0).seq() + "-" + events.get(events.size() - 1).seq()) + ")";
            case ALL -> "the session has no events to draw";
        };
    }
}
