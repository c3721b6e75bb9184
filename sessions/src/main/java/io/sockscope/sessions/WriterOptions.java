package io.sockscope.sessions;

/**
 * How a {@link SessionWriter} writes.
 *
 * @param payloadCap most payload bytes stored per event (the rest is counted, not kept); 0 keeps none
 * @param gzip       compress the file; a killed process then loses the unfinished gzip tail,
 *                   so live recordings use plain text
 */
public record WriterOptions(int payloadCap, boolean gzip) {
    /** Default payload cap: 4 KiB per event. */
    public static final int DEFAULT_PAYLOAD_CAP = 4096;

    public WriterOptions {
        if (payloadCap < 0) {
            throw new IllegalArgumentException("payloadCap must be 0 or more: " + payloadCap);
        }
    }

    /** 4 KiB payload cap, plain text. */
    public static WriterOptions defaults() {
        return new WriterOptions(DEFAULT_PAYLOAD_CAP, false);
    }
}
