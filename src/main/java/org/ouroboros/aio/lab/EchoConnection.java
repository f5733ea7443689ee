package org.ouroboros.aio.lab;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;

/**
 * One accepted connection of the event-loop server, attached to its selection key: its echo
 * buffer, a number and peer address to name it by, and its event count in the {@link LoopTally}'s
 * current window (reset lazily when the window's number moves on, so no pass over 10,000 keys).
 */
final class EchoConnection {
    final int id;
    private final SocketAddress remote;
    private String peer;
    final ByteBuffer buffer = ByteBuffer.allocate(256);
    int window;
    int events;

    /** {@code remote} is the channel's own (cached) address object: nothing is formatted per accept. */
    EchoConnection(int id, SocketAddress remote) {
        this.id = id;
        this.remote = remote;
    }

    /** "127.0.0.1:40112", made when first asked (only the few connections a digest names). */
    String peer() {
        if (peer == null) {
            peer = remote instanceof InetSocketAddress a ? a.getAddress().getHostAddress() + ":" + a.getPort() : "?";
        }
        return peer;
    }
}
