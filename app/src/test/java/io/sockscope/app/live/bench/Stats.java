package io.sockscope.app.live.bench;

import java.util.Arrays;
import java.util.Locale;

/** Frame gaps and per-pulse costs of one benchmark round. */
final class Stats {
    private final long start;
    private long last;
    private long end;
    private long[] gaps = new long[1024];
    private long[] wall = new long[1024];
    private long[] cpu = new long[1024];
    private long[] feed = new long[1024];
    private int frames;
    private int pulses;
    private int feeds;

    Stats(long start) {
        this.start = start;
        this.last = start;
    }

    void frame(long now) {
        gaps = grow(gaps, frames);
        gaps[frames++] = now - last;
        last = now;
        end = now;
    }

    void pulse(long wallNanos, long cpuNanos) {
        wall = grow(wall, pulses);
        cpu = grow(cpu, pulses);
        wall[pulses] = wallNanos;
        cpu[pulses++] = cpuNanos;
    }

    void feed(long nanos) {
        feed = grow(feed, feeds);
        feed[feeds++] = nanos;
    }

    private static long[] grow(long[] a, int n) {
        return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }

    /** Frames counted so far. */
    int frames() {
        return frames;
    }

    void print(String title) {
        double seconds = (end - start) / 1e9;
        long[] g = sorted(gaps, frames);
        System.out.printf(Locale.ROOT, "%s: %.2f s, %d frames, %.1f fps; frame gap median %.1f ms, p99 %.1f ms, max %.1f ms; gaps over 100 ms: %d%n",
                title, seconds, frames, frames / seconds, ms(g, 0.5), ms(g, 0.99), ms(g, 1), Arrays.stream(g).filter(x -> x > 100_000_000L).count());
        line("  FX work per pulse, wall (timers + CSS + layout + diagram paint)", sorted(wall, pulses));
        line("  FX work per pulse, CPU of the FX thread", sorted(cpu, pulses));
        line("  live feed batch (event list + diagram fold + status)", sorted(feed, feeds));
    }

    private static void line(String what, long[] a) {
        if (a.length > 0) {
            System.out.printf(Locale.ROOT, "%s: median %.1f ms, p99 %.1f ms, max %.1f ms%n", what, ms(a, 0.5), ms(a, 0.99), ms(a, 1));
        }
    }

    private static long[] sorted(long[] a, int n) {
        long[] s = Arrays.copyOf(a, n);
        Arrays.sort(s);
        return s;
    }

    private static double ms(long[] s, double q) {
        return s.length == 0 ? 0 : s[Math.min(s.length - 1, (int) (s.length * q))] / 1e6;
    }
}
