package io.sockscope.app.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;

/**
 * The replay as an H.264 MP4, by piping raw frames to {@code ffmpeg} on the PATH; each frame is
 * repeated for as long as it stays at the chosen frame rate.
 */
final class Mp4Writer {
    private Mp4Writer() {
    }

    /** The ffmpeg on the PATH, if any. */
    static Optional<Path> ffmpeg() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "ffmpeg");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static void checkFfmpeg() {
        if (ffmpeg().isEmpty()) {
            throw new ExportException("MP4 needs ffmpeg, which is not on the PATH (Debian/Ubuntu: apt-get install ffmpeg)");
        }
    }

    static void write(ReplayFrames frames, Path file, int fps, DoubleConsumer progress) throws IOException {
        Path ffmpeg = ffmpeg().orElseThrow(() -> new ExportException("MP4 needs ffmpeg on the PATH (package ffmpeg)"));
        int w = frames.width();
        int h = frames.height();
        Process p = new ProcessBuilder(List.of(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-y",
                "-f", "rawvideo", "-pix_fmt", "bgr24", "-s", w + "x" + h, "-r", Integer.toString(fps), "-i", "-",
                "-c:v", "libx264", "-pix_fmt", "yuv420p", "-movflags", "+faststart", "-f", "mp4", file.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        StringBuilder errors = new StringBuilder();
        Thread drain = new Thread(() -> drain(p.getErrorStream(), errors), "ffmpeg-stderr");
        drain.setDaemon(true);
        drain.start();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        byte[] pixels = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        boolean ok = false;
        try (OutputStream in = p.getOutputStream()) {
            int n = frames.frames().size();
            for (int i = 0; i < n; i++) {
                Graphics2D g = img.createGraphics();
                try {
                    frames.paint(i, new Java2dSurface(g));
                } finally {
                    g.dispose();
                }
                long repeats = Math.max(1, Math.round(frames.frames().get(i).seconds() * fps));
                for (long k = 0; k < repeats; k++) {
                    in.write(pixels);
                }
                progress.accept((i + 1.0) / n);
            }
            ok = true;
        } catch (IOException e) {
            throw new IOException("ffmpeg stopped reading frames: " + firstLine(errors, e.getMessage()), e);
        } finally {
            if (!ok) {
                p.destroy();
            }
        }
        try {
            int code = p.waitFor();
            drain.join(2000);
            if (code != 0) {
                throw new IOException("ffmpeg failed (exit " + code + "): " + firstLine(errors, "no message"));
            }
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg finished", e);
        }
    }

    private static void drain(InputStream err, StringBuilder to) {
        try {
            String s = new String(err.readAllBytes(), StandardCharsets.UTF_8);
            synchronized (to) {
                to.append(s);
            }
        } catch (IOException e) {
            synchronized (to) {
                to.append("(ffmpeg's messages could not be read: ").append(e.getMessage()).append(')');
            }
        }
    }

    private static String firstLine(StringBuilder errors, String otherwise) {
        synchronized (errors) {
            String s = errors.toString().strip();
            return s.isEmpty() ? otherwise : s.lines().findFirst().orElse(otherwise);
        }
    }
}
