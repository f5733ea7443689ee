package org.ouroboros.aio.lab;

/**
 * One lab run: {@code connections} clients opened at {@code rampPerSecond}, each sending a small
 * request every {@code thinkMillis} (most connections are idle most of the time, as in C10K).
 */
public record LabSettings(ServerKind kind, int connections, int rampPerSecond, int thinkMillis) {
    public static final int MAX_CONNECTIONS = 10_000;

    public LabSettings {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (connections < 1 || connections > MAX_CONNECTIONS) {
            throw new IllegalArgumentException("connections must be 1.." + MAX_CONNECTIONS + ": " + connections);
        }
        if (rampPerSecond < 1) {
            throw new IllegalArgumentException("rampPerSecond must be positive: " + rampPerSecond);
        }
        if (thinkMillis < 0) {
            throw new IllegalArgumentException("thinkMillis must not be negative: " + thinkMillis);
        }
    }
}
