package org.ouroboros.aio.lab;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * The clients in this process: one thread and one selector drive every connection. Connections
 * open at the ramp rate; each sends a 16-byte timestamp, waits for the echo, records the round
 * trip and sends again after the think time.
 */
public final class LoadClient implements LoadSide {
    /** At most this many connects per loop iteration, so replies are not starved while ramping. */
    private static final int CONNECTS_PER_ITERATION = 100;
    private static final long FAILURE_PAUSE_NANOS = 200_000_000L;

    private final InetSocketAddress server;
    private final int target;
    private final int rampPerSecond;
    private final long thinkNanos;
    private final Selector selector;
    private final Thread loop;
    private final PriorityQueue<Connection> due = new PriorityQueue<>((a, b) -> Long.compare(a.dueNanos, b.dueNanos));
    private final SplittableRandom random = new SplittableRandom(10_000);
    private final LatencyHistogram window = new LatencyHistogram();
    private final long startNanos = System.nanoTime();
    private volatile boolean closing;
    private volatile int open;
    private volatile int failed;
    private volatile String failure = "";
    private long answeredTotal;
    private int attempted;
    private long connectPausedUntil;

    private LoadClient(int port, int target, int rampPerSecond, int thinkMillis) throws IOException {
        this.server = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        this.target = target;
        this.rampPerSecond = rampPerSecond;
        this.thinkNanos = thinkMillis * 1_000_000L;
        this.selector = Selector.open();
        this.loop = new Thread(this::run, "c10k-clients");
        loop.setDaemon(true);
    }

    /** Starts dialling {@code port} on 127.0.0.1 in a thread of its own. */
    public static LoadClient start(int port, int target, int rampPerSecond, int thinkMillis) throws IOException {
        LoadClient client = new LoadClient(port, target, rampPerSecond, thinkMillis);
        client.loop.start();
        return client;
    }

    @Override
    public ClientStats drain() {
        synchronized (window) {
            answeredTotal += window.count();
            ClientStats stats = new ClientStats(open, failed, answeredTotal, window.percentileMicros(0.5),
                    window.percentileMicros(0.99), failure);
            window.clear();
            return stats;
        }
    }

    private void run() {
        try {
            while (!closing) {
                openDueConnections();
                selector.select(timeoutMillis());
                for (SelectionKey key : selector.selectedKeys()) {
                    handle(key);
                }
                selector.selectedKeys().clear();
                sendDueRequests();
            }
        } catch (IOException | ClosedSelectorException e) {
            if (!closing) {
                failure = String.valueOf(e.getMessage());
            }
        } finally {
            closeAll();
        }
    }

    private long timeoutMillis() {
        long now = System.nanoTime();
        long wait = attempted < target ? 10 : 100;
        Connection next = due.peek();
        if (next != null) {
            wait = Math.min(wait, Math.max(1, (next.dueNanos - now) / 1_000_000L));
        }
        return wait;
    }

    private void openDueConnections() {
        long now = System.nanoTime();
        if (now < connectPausedUntil) {
            return;
        }
        long allowed = Math.min(target, (now - startNanos) / 1_000_000L * rampPerSecond / 1_000L + 1);
        for (int i = 0; i < CONNECTS_PER_ITERATION && attempted < allowed; i++) {
            attempted++;
            SocketChannel channel = null;
            try {
                channel = SocketChannel.open();
                channel.configureBlocking(false);
                channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
                Connection c = new Connection(channel);
                if (channel.connect(server)) {
                    connected(c, now);
                } else {
                    channel.register(selector, SelectionKey.OP_CONNECT, c);
                }
            } catch (IOException e) {
                connectFailed(channel, e);
                connectPausedUntil = now + FAILURE_PAUSE_NANOS;
                return;
            }
        }
    }

    private void handle(SelectionKey key) {
        Connection c = (Connection) key.attachment();
        try {
            if (key.isConnectable()) {
                c.channel.finishConnect();
                connected(c, System.nanoTime());
            } else if (key.isReadable()) {
                receive(c);
            }
        } catch (IOException e) {
            if (c.connected) {
                drop(c);
            } else {
                connectFailed(c.channel, e);
            }
        }
    }

    private void connected(Connection c, long now) throws IOException {
        c.connected = true;
        open++;
        c.channel.register(selector, SelectionKey.OP_READ, c);
        // Spread the first requests over one think time so they do not all leave at once.
        c.dueNanos = now + (thinkNanos == 0 ? 0 : random.nextLong(thinkNanos));
        due.add(c);
    }

    private void receive(Connection c) throws IOException {
        int n = c.channel.read(c.in);
        if (n < 0) {
            drop(c);
            return;
        }
        if (c.in.hasRemaining()) {
            return;
        }
        long now = System.nanoTime();
        synchronized (window) {
            window.record(now - c.sentNanos);
        }
        c.in.clear();
        c.awaiting = false;
        c.dueNanos = now + thinkNanos;
        due.add(c);
    }

    private void sendDueRequests() {
        long now = System.nanoTime();
        while (!due.isEmpty() && due.peek().dueNanos <= now) {
            Connection c = due.poll();
            if (!c.channel.isOpen() || c.awaiting) {
                continue;
            }
            c.out.clear();
            c.out.putLong(now).putLong(0).flip();
            c.sentNanos = now;
            c.awaiting = true;
            try {
                while (c.out.hasRemaining()) {
                    c.channel.write(c.out);
                }
            } catch (IOException e) {
                drop(c);
            }
        }
    }

    private void connectFailed(SocketChannel channel, IOException e) {
        failed++;
        if (failure.isEmpty()) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        closeQuietly(channel);
    }

    private void drop(Connection c) {
        if (c.channel.isOpen()) {
            open--;
        }
        closeQuietly(c.channel);
    }

    private static void closeQuietly(SocketChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private void closeAll() {
        for (SelectionKey key : selector.keys()) {
            try {
                key.channel().close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        open = 0;
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
            loop.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One client connection and its request in flight. */
    private static final class Connection {
        final SocketChannel channel;
        final ByteBuffer out = ByteBuffer.allocate(EchoServer.MESSAGE_BYTES);
        final ByteBuffer in = ByteBuffer.allocate(EchoServer.MESSAGE_BYTES);
        boolean connected;
        boolean awaiting;
        long sentNanos;
        long dueNanos;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }
    }
}
