package io.sockscope.app.transport;

/**
 * How fast the transport plays: in real time from the recorded {@code t}, sped up or slowed
 * down by a factor (×0.1 … ×10), or a fixed number of seconds per step.
 *
 * @param realTime true: {@code factor} times the recorded pace; false: {@code seconds} per step
 */
public record Pace(boolean realTime, double factor, double seconds) {
    public static final double MIN_FACTOR = 0.1;
    public static final double MAX_FACTOR = 10;

    public Pace {
        if (realTime && (factor < MIN_FACTOR || factor > MAX_FACTOR)) {
            throw new IllegalArgumentException("speed must be ×0.1 to ×10: " + factor);
        }
        if (!realTime && !(seconds > 0)) {
            throw new IllegalArgumentException("seconds per step must be positive: " + seconds);
        }
    }

    /** Real time times {@code factor}. */
    public static Pace realTime(double factor) {
        return new Pace(true, factor, 0);
    }

    /** {@code seconds} for each step. */
    public static Pace perStep(double seconds) {
        return new Pace(false, 0, seconds);
    }

    /** The choices the transport bar offers. */
    public static java.util.List<Pace> choices() {
        return java.util.List.of(realTime(0.1), realTime(0.25), realTime(0.5), realTime(1), realTime(2), realTime(5),
                realTime(10), perStep(0.5), perStep(1), perStep(2), perStep(5), perStep(10));
    }
}
