package io.sockscope.model.engine;

/**
 * How an engine reports.
 *
 * @param payloadCap      bytes of each send/recv payload kept in events; 0 turns capture off
 * @param probeIntervalMs how often the kernel queue probe samples busy sockets; 0 turns it off
 */
public record EngineConfig(int payloadCap, int probeIntervalMs) {
    public static final int DEFAULT_PAYLOAD_CAP = 4096;

    public EngineConfig {
        if (payloadCap < 0 || probeIntervalMs < 0) {
            throw new IllegalArgumentException("payloadCap and probeIntervalMs must be >= 0");
        }
    }

    /** 4 KiB payloads, queue samples every 10 ms. */
    public static EngineConfig defaults() {
        return new EngineConfig(DEFAULT_PAYLOAD_CAP, 10);
    }
}
