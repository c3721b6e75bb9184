package io.sockscope.app.diagram.surface;

/**
 * A colour with opacity, each channel from 0 to 1; the drawing surface's own colour type, so
 * painters need no toolkit. {@link #darker()} and {@link #brighter()} derive colours exactly as
 * JavaFX does (brightness times 0.7 or divided by it, in HSB), so the palette looks the same on
 * every surface.
 */
public record Rgba(double red, double green, double blue, double opacity) {
    public static final Rgba WHITE = new Rgba(1, 1, 1, 1);
    public static final Rgba TRANSPARENT = new Rgba(0, 0, 0, 0);
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    public Rgba {
        check(red, "red");
        check(green, "green");
        check(blue, "blue");
        check(opacity, "opacity");
        red = (float) red; // single precision, as a toolkit's colour holds them: the same colour compares equal
        green = (float) green;
        blue = (float) blue;
        opacity = (float) opacity;
    }

    private static void check(double v, String name) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " outside 0..1: " + v);
        }
    }

    /** An opaque colour from {@code #RRGGBB}. */
    public static Rgba web(String hex) {
        if (hex.length() != 7 || hex.charAt(0) != '#') {
            throw new IllegalArgumentException("not #RRGGBB: " + hex);
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new Rgba(((v >> 16) & 0xff) / 255.0, ((v >> 8) & 0xff) / 255.0, (v & 0xff) / 255.0, 1);
    }

    /** The same colour with opacity {@code a}. */
    public Rgba withOpacity(double a) {
        return new Rgba(red, green, blue, a);
    }

    /** A darker colour: brightness times 0.7. */
    public Rgba darker() {
        return deriveBrightness(0.7);
    }

    /** A brighter colour: brightness divided by 0.7. */
    public Rgba brighter() {
        return deriveBrightness(1.0 / 0.7);
    }

    /** {@code #rrggbb}, with {@code aa} appended when not opaque (8-bit channels, rounded). */
    public String hex() {
        return opacity >= 1 ? rgbHex() : rgbHex() + hex2(to8(opacity));
    }

    /** {@code #rrggbb} without the opacity. */
    public String rgbHex() {
        return "#" + hex2(to8(red)) + hex2(to8(green)) + hex2(to8(blue));
    }

    private static String hex2(int v) {
        return new String(new char[] {DIGITS[v >> 4], DIGITS[v & 0xf]});
    }

    /** A channel as 0..255, rounded. */
    public static int to8(double v) {
        return (int) Math.round(v * 255);
    }

    /** Packed {@code 0xAARRGGBB}. */
    public int argb() {
        return to8(opacity) << 24 | to8(red) << 16 | to8(green) << 8 | to8(blue);
    }

    private Rgba deriveBrightness(double factor) {
        double[] hsb = hsb(red, green, blue);
        double b = hsb[2];
        if (b == 0 && factor > 1.0) {
            b = 0.05;
        }
        b = Math.max(Math.min(b * factor, 1.0), 0.0);
        double[] rgb = rgb(hsb[0], Math.max(Math.min(hsb[1], 1.0), 0.0), b);
        return new Rgba(clamp(rgb[0]), clamp(rgb[1]), clamp(rgb[2]), opacity);
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }

    private static double[] hsb(double r, double g, double b) {
        double max = Math.max(Math.max(r, g), b);
        double min = Math.min(Math.min(r, g), b);
        double saturation = max != 0 ? (max - min) / max : 0;
        double hue;
        if (saturation == 0) {
            hue = 0;
        } else {
            double rc = (max - r) / (max - min);
            double gc = (max - g) / (max - min);
            double bc = (max - b) / (max - min);
            hue = r == max ? bc - gc : g == max ? 2.0 + rc - bc : 4.0 + gc - rc;
            hue = hue / 6.0;
            if (hue < 0) {
                hue = hue + 1.0;
            }
        }
        return new double[] {hue * 360, saturation, max};
    }

    private static double[] rgb(double hueDegrees, double saturation, double brightness) {
        double hue = (((hueDegrees % 360) + 360) % 360) / 360;
        if (saturation == 0) {
            return new double[] {brightness, brightness, brightness};
        }
        double h = (hue - Math.floor(hue)) * 6.0;
        double f = h - Math.floor(h);
        double p = brightness * (1.0 - saturation);
        double q = brightness * (1.0 - saturation * f);
        double t = brightness * (1.0 - saturation * (1.0 - f));
        return switch ((int) h) {
            case 0 -> new double[] {brightness, t, p};
            case 1 -> new double[] {q, brightness, p};
            case 2 -> new double[] {p, brightness, t};
            case 3 -> new double[] {p, q, brightness};
            case 4 -> new double[] {t, p, brightness};
            default -> new double[] {brightness, p, q};
        };
    }
}
