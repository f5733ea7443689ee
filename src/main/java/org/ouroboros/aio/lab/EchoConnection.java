package org.ouroboros.aio.lab;

import java.nio.ByteBuffer;

/**
 * One accepted connection of the event-loop server, attached to its selection key: its echo
 * buffer, a number and peer to name it by, and its event count in the {@link LoopTally}'s
 * current window (reset lazily when the window's number moves on, so no pass over 10,000 keys).
 */
final class EchoConnection {
    final int id;
    final String peer;
    final ByteBuffer buffer = ByteBuffer.allocate(256);
    int window;
    int events;

    EchoConnection(int id, String peer) {
        this.id = id;
        this.peer = peer;
    }
}
