package org.ouroboros.cli.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.Iterator;

/**
 * The load generator of {@code bench echo}: one thread, one selector, N loopback connections,
 * each sending a small message and waiting for its echo before the next (closed loop). Connects
 * are ramped up with a bounded number in flight so the server's accept backlog keeps up.
 */
final class EchoLoad {
    /**
     * What one run measured.
     *
     * @param held connections established and kept open
     * @param requests echoes completed in the measured window
     * @param seconds length of the measured window
     * @param p50Millis median latency
     * @param p99Millis 99th-percentile latency
     * @param error why the run stopped early, or "" when it did not
     */
    record Result(int held, long requests, double seconds, double p50Millis, double p99Millis, String error) {
        double perSecond() {
            return seconds == 0 ? 0 : requests / seconds;
        }
    }

    private static final int MAX_CONNECTING = 200;
    private final InetSocketAddress server;
    private final int connections;
    private final byte[] message;

    EchoLoad(InetSocketAddress server, int connections, int payload) {
        this.server = server;
        this.connections = connections;
        this.message = new byte[payload];
        Arrays.fill(message, (byte) 'x');
        message[payload - 1] = '\n';
    }

    /** Per-connection state: the outgoing message position and the echo bytes still expected. */
    private final class Conn {
        final SocketChannel channel;
        final ByteBuffer out = ByteBuffer.wrap(message);
        final ByteBuffer in = ByteBuffer.allocate(message.length);
        long sentAt;

        Conn(SocketChannel channel) {
            this.channel = channel;
        }
    }

    Result run(double warmupSeconds, double measureSeconds, double rampTimeoutSeconds) throws IOException {
        Conn[] conns = new Conn[connections];
        int held = 0;
        String error = "";
        try (Selector selector = Selector.open()) {
            int started = 0;
            int connecting = 0;
            long rampDeadline = System.nanoTime() + (long) (rampTimeoutSeconds * 1e9);
            while (held < connections && System.nanoTime() < rampDeadline) {
                while (started < connections && connecting < MAX_CONNECTING) {
                    SocketChannel ch;
                    try {
                        ch = SocketChannel.open();
                    } catch (IOException e) {
                        error = "could not open socket " + (started + 1) + ": " + e.getMessage();
                        break;
                    }
                    ch.configureBlocking(false);
                    ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
                    Conn c = new Conn(ch);
                    conns[started++] = c;
                    if (ch.connect(server)) {
                        held++;
                    } else {
                        ch.register(selector, SelectionKey.OP_CONNECT, c);
                        connecting++;
                    }
                }
                if (!error.isEmpty()) {
                    break;
                }
                selector.select(100);
                Iterator<SelectionKey> it = selector.selectedKeys().iterator();
                while (it.hasNext()) {
                    SelectionKey k = it.next();
                    it.remove();
                    connecting--;
                    try {
                        if (((SocketChannel) k.channel()).finishConnect()) {
                            held++;
                            k.interestOps(0);
                        }
                    } catch (IOException e) {
                        error = "connect failed: " + e.getMessage();
                        k.cancel();
                    }
                }
            }
            if (held < connections && error.isEmpty()) {
                error = "only " + held + " of " + connections + " connections established in " + rampTimeoutSeconds + " s";
            }
            return exchange(selector, conns, held, warmupSeconds, measureSeconds, error);
        } finally {
            for (Conn c : conns) {
                if (c != null) {
                    c.channel.close();
                }
            }
        }
    }

    private Result exchange(Selector selector, Conn[] conns, int held, double warmup, double measure, String error)
            throws IOException {
        long[] latencies = new long[1 << 16];
        int count = 0;
        for (Conn c : conns) {
            if (c == null || !c.channel.isConnected()) {
                continue;
            }
            SelectionKey k = c.channel.keyFor(selector);
            if (k == null) {
                k = c.channel.register(selector, 0, c);
            }
            send(c, k);
        }
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmup * 1e9);
        long end = measureFrom + (long) (measure * 1e9);
        long requests = 0;
        while (System.nanoTime() < end) {
            selector.select(50);
            Iterator<SelectionKey> it = selector.selectedKeys().iterator();
            while (it.hasNext()) {
                SelectionKey k = it.next();
                it.remove();
                Conn c = (Conn) k.attachment();
                try {
                    if (k.isWritable()) {
                        c.channel.write(c.out);
                        if (!c.out.hasRemaining()) {
                            k.interestOps(SelectionKey.OP_READ);
                        }
                    } else if (k.isReadable()) {
                        if (c.channel.read(c.in) < 0) {
                            k.cancel();
                            continue;
                        }
                        if (!c.in.hasRemaining()) {
                            long now = System.nanoTime();
                            if (now >= measureFrom) {
                                requests++;
                                if (count == latencies.length) {
                                    latencies = Arrays.copyOf(latencies, count * 2);
                                }
                                latencies[count++] = now - c.sentAt;
                            }
                            send(c, k);
                        }
                    }
                } catch (IOException e) {
                    k.cancel();
                }
            }
        }
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        return new Result(held, requests, measure, percentile(sorted, 0.50), percentile(sorted, 0.99), error);
    }

    private void send(Conn c, SelectionKey k) throws IOException {
        c.out.clear();
        c.in.clear();
        c.sentAt = System.nanoTime();
        c.channel.write(c.out);
        k.interestOps(c.out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }
}
