package org.ouroboros.aio;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The error of a non-blocking connect that failed while a selector completed it, kept until the
 * socket's owner asks ({@code getsockopt(SO_ERROR)}, the next send/recv).
 */
public final class ConnectErrors {
    private ConnectErrors() {}

    private static final Map<SocketChannel, IOException> ERRORS = Collections.synchronizedMap(new WeakHashMap<>());

    static void record(SocketChannel ch, IOException e) {
        ERRORS.put(ch, e);
    }

    /** The recorded error (removed), or null. */
    public static IOException take(SocketChannel ch) {
        return ERRORS.remove(ch);
    }
}
