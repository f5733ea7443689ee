package org.ouroboros.aio;

import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * Translates Python's two readiness events (read, write) to Java's four interest ops: a listening
 * socket is "readable" when it can accept, and a connecting socket becomes "writable" when its
 * connect finished (OP_CONNECT, completed here with {@code finishConnect}).
 */
public final class Interest {
    private Interest() {}

    /** {@code selectors.EVENT_READ}. */
    public static final int READ = 1;
    /** {@code selectors.EVENT_WRITE}. */
    public static final int WRITE = 2;

    /** Java interest ops for Python events on {@code channel}. */
    public static int javaOps(SelectableChannel channel, int events) {
        int ops = 0;
        if ((events & READ) != 0) {
            ops |= channel instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
        }
        if ((events & WRITE) != 0) {
            ops |= channel instanceof SocketChannel s && s.isConnectionPending()
                    ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
        }
        return ops;
    }

    /**
     * The Python events a selected key is ready for. A finished connect is completed here
     * (a refused one stays pending with its error kept in {@link ConnectErrors}) and the key's
     * interest switches from OP_CONNECT to OP_WRITE.
     */
    public static int readyEvents(SelectionKey key) {
        int ready = key.readyOps();
        int events = 0;
        if ((ready & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
            events |= READ;
        }
        if ((ready & SelectionKey.OP_WRITE) != 0) {
            events |= WRITE;
        }
        if ((ready & SelectionKey.OP_CONNECT) != 0) {
            events |= WRITE;
            SocketChannel ch = (SocketChannel) key.channel();
            try {
                if (ch.finishConnect() && key.isValid()) {
                    key.interestOps((key.interestOps() & ~SelectionKey.OP_CONNECT) | SelectionKey.OP_WRITE);
                }
            } catch (IOException e) {
                ConnectErrors.record(ch, e);
                if (key.isValid()) {
                    key.interestOps(key.interestOps() & ~SelectionKey.OP_CONNECT);
                }
            }
        }
        return events;
    }

    /** Python events back from Java interest ops. */
    public static int events(int javaOps) {
        int events = 0;
        if ((javaOps & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
            events |= READ;
        }
        if ((javaOps & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) {
            events |= WRITE;
        }
        return events;
    }
}
