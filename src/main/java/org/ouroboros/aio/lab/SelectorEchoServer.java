package org.ouroboros.aio.lab;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The echo server as one event loop: a single thread selects on the listening socket and every
 * connection (epoll on Linux) and echoes whatever is readable. Memory per connection is one
 * small buffer, not a thread stack.
 */
public final class SelectorEchoServer implements EchoServer {
    /** After "Too many open files" the loop stops accepting this long, instead of spinning on the ready key. */
    private static final long ACCEPT_PAUSE_NANOS = 200_000_000L;

    private final Selector selector;
    private final ServerSocketChannel listener;
    private final SelectionKey acceptKey;
    private final Thread loop;
    private final AtomicInteger held = new AtomicInteger();
    private final LoopTally tally = new LoopTally(System.nanoTime());
    private int accepted;
    private volatile IOException acceptFailure;
    private volatile boolean closing;
    private long acceptPausedUntil;

    private SelectorEchoServer() throws IOException {
        selector = Selector.open();
        listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
        listener.configureBlocking(false);
        acceptKey = listener.register(selector, SelectionKey.OP_ACCEPT);
        loop = new Thread(this::run, "c10k-event-loop");
        loop.setDaemon(true);
    }

    public static SelectorEchoServer start() throws IOException {
        SelectorEchoServer server = new SelectorEchoServer();
        server.loop.start();
        return server;
    }

    @Override
    public int port() {
        return listener.socket().getLocalPort();
    }

    @Override
    public int connectionsHeld() {
        return held.get();
    }

    @Override
    public int threads() {
        return loop.isAlive() ? 1 : 0;
    }

    /** What the loop did so far, counted on its thread; a view reads it without waiting. */
    public LoopDigest loopDigest() {
        return tally.latest();
    }

    @Override
    public IOException acceptFailure() {
        return acceptFailure;
    }

    private void run() {
        try {
            while (!closing) {
                long before = System.nanoTime();
                // a timeout, not a block: an idle loop still publishes its (quiet) digest
                int selected = selector.select(acceptPausedUntil == 0 ? LoopDigest.WINDOW_MILLIS : 50);
                long selectedAt = System.nanoTime();
                tally.selected(selected, selectedAt - before);
                resumeAcceptingWhenDue();
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                    } else {
                        serve(key);
                    }
                }
                long done = System.nanoTime();
                tally.iterationDone(done - selectedAt, held.get() + 1, done);
            }
        } catch (IOException | ClosedSelectorException e) {
            // closing: the selector went away under the loop
        } finally {
            closeAll();
        }
    }

    private void accept() {
        try {
            SocketChannel channel;
            while ((channel = listener.accept()) != null) {
                channel.configureBlocking(false);
                EchoConnection connection = new EchoConnection(++accepted, remote(channel));
                channel.register(selector, SelectionKey.OP_READ, connection);
                held.incrementAndGet();
                tally.handled(connection, SelectionKey.OP_ACCEPT, LoopDigest.Action.ACCEPT);
            }
        } catch (IOException e) {
            acceptFailure = e;
            acceptKey.interestOps(0);
            acceptPausedUntil = System.nanoTime() + ACCEPT_PAUSE_NANOS;
        }
    }

    private static java.net.SocketAddress remote(SocketChannel channel) {
        try {
            return channel.getRemoteAddress();
        } catch (IOException e) {
            return null;
        }
    }

    private void resumeAcceptingWhenDue() {
        if (acceptPausedUntil != 0 && System.nanoTime() >= acceptPausedUntil && acceptKey.isValid()) {
            acceptPausedUntil = 0;
            acceptKey.interestOps(SelectionKey.OP_ACCEPT);
        }
    }

    /** Reads what is there and writes it back; waits for OP_WRITE only when the socket's buffer is full. */
    private void serve(SelectionKey key) {
        SocketChannel channel = (SocketChannel) key.channel();
        EchoConnection connection = (EchoConnection) key.attachment();
        ByteBuffer buffer = connection.buffer;
        int ready = key.readyOps();
        try {
            boolean read = false;
            if (key.isReadable() && buffer.position() == 0) {
                if (channel.read(buffer) < 0) {
                    drop(key);
                    tally.handled(connection, ready, LoopDigest.Action.CLOSE);
                    return;
                }
                read = true;
            }
            buffer.flip();
            channel.write(buffer);
            buffer.compact();
            key.interestOps(buffer.position() == 0 ? SelectionKey.OP_READ : SelectionKey.OP_WRITE);
            tally.handled(connection, ready, read ? LoopDigest.Action.ECHO : LoopDigest.Action.WRITE_REST);
        } catch (IOException e) {
            drop(key);
            tally.handled(connection, ready, LoopDigest.Action.CLOSE);
        }
    }

    private void drop(SelectionKey key) {
        key.cancel();
        try {
            key.channel().close();
        } catch (IOException ignored) {
            // already gone
        }
        held.decrementAndGet();
    }

    private void closeAll() {
        for (SelectionKey key : selector.keys()) {
            try {
                key.channel().close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        held.set(0);
        try {
            selector.close();
        } catch (IOException ignored) {
            // nothing left to free
        }
    }

    @Override
    public void close() {
        closing = true;
        selector.wakeup();
        try {
            loop.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed by the loop
        }
    }
}
