package org.ouroboros.aio.lab;

/** The two ways of serving many connections the lab compares. */
public enum ServerKind {
    /** One thread, one {@link java.nio.channels.Selector}: readiness events drive every connection. */
    EVENT_LOOP,
    /** A blocking socket and a platform thread for every connection. */
    THREAD_PER_CONNECTION
}
