package org.ouroboros.aio.lab;

import java.io.IOException;

/** A loopback echo server: what one side of the lab measures. */
public sealed interface EchoServer extends AutoCloseable permits SelectorEchoServer, ThreadPerConnectionServer {
    /** Every request and reply is this many bytes (a send timestamp and padding). */
    int MESSAGE_BYTES = 16;

    /** The port on 127.0.0.1 it listens on. */
    int port();

    /** Connections accepted and not yet closed. */
    int connectionsHeld();

    /** Threads the server runs right now (1 for the event loop, 1 + held for thread-per-connection). */
    int threads();

    /** The first failure to accept (e.g. "Too many open files"), or null. */
    IOException acceptFailure();

    /** Stops accepting, closes every connection and waits for its threads to end. */
    @Override
    void close();

    static EchoServer start(ServerKind kind) throws IOException {
        return kind == ServerKind.EVENT_LOOP ? SelectorEchoServer.start() : ThreadPerConnectionServer.start();
    }
}
