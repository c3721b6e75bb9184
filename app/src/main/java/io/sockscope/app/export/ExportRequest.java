package io.sockscope.app.export;

import java.util.Objects;

/**
 * What to export and how: format, style (theme, language), range, and for pictures a width
 * (pixels; 0 for the diagram's own) and a scale, for the replay the frame width, frame rate,
 * seconds per step and a speed factor.
 */
public record ExportRequest(ExportFormat format, ExportStyle style, ExportRange range, int width, double scale,
                            int fps, double stepSeconds, double speed) {
    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(range, "range");
        if (width < 0 || (width > 0 && width < 200) || width > 10_000) {
            throw new ExportException("--width " + width + " is out of range: 200 to 10000 pixels");
        }
        if (!(scale >= 1 && scale <= 3)) {
            throw new ExportException("--scale " + scale + " is out of range: 1 to 3");
        }
        if (fps < 1 || fps > 60) {
            throw new ExportException("--fps " + fps + " is out of range: 1 to 60");
        }
        if (!(stepSeconds > 0 && stepSeconds <= 60)) {
            throw new ExportException("--step-seconds " + stepSeconds + " is out of range: above 0, at most 60");
        }
        if (!(speed > 0 && speed <= 1000)) {
            throw new ExportException("--speed " + speed + " is out of range: above 0, at most 1000");
        }
    }

    /** Defaults: the whole session, light, English, the diagram's width, scale 1, 25 fps, 2.5 s a step, real speed. */
    public static ExportRequest of(ExportFormat format) {
        return new ExportRequest(format, new ExportStyle(false, "en"), ExportRange.all(), 0, 1, 25, 2.5, 1);
    }

    /** The frame width of the replay: the width asked for, else 1280. */
    int frameWidth() {
        return (width == 0 ? 1280 : width) / 2 * 2;
    }

    /** The frame height of the replay: 16:9, even (video encoders need even sizes). */
    int frameHeight() {
        return (int) Math.round(frameWidth() * 9 / 16.0 / 2) * 2;
    }
}
