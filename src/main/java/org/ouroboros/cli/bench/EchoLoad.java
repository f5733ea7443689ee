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
    record Result(int held, long requests, double seconds, double p50Millis, double p99Millis, String error,
            long[] sortedLatencies) {
        double perSecond() {
            return seconds == 0 ? 0 : requests / seconds;
        }

        /** Several rounds against one server as one result: summed requests and time, pooled latencies. */
        static Result merge(java.util.List<Result> rounds) {
            int held = Integer.MAX_VALUE;
            long requests = 0;
            double seconds = 0;
            String error = "";
            long[] all = new long[0];
            for (Result r : rounds) {
                held = Math.min(held, r.held());
                requests += r.requests();
                seconds += r.seconds();
                if (error.isEmpty()) {
                    error = r.error();
                }
                long[] merged = Arrays.copyOf(all, all.length + r.sortedLatencies().length);
                System.arraycopy(r.sortedLatencies(), 0, merged, all.length, r.sortedLatencies().length);
                all = merged;
            }
            Arrays.sort(all);
            return new Result(rounds.isEmpty() ? 0 : held, requests, seconds, percentile(all, 0.50),
                    percentile(all, 0.99), error, all);
        }
    }

    /** One thread's share: its counts and its raw latencies (nanoseconds). */
    private record Part(int held, long requests, long[] latencies, String error) {}

    /**
     * Runs {@code threads} generators in parallel, each with its share of the connections (on
     * two busy cores one selector thread cannot keep a fast server saturated), and merges them.
     */
    static Result runParallel(InetSocketAddress server, int connections, int payload, int threads, double warmup,
            double measure, double rampTimeout) throws InterruptedException {
        Part[] parts = new Part[threads];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int share = connections / threads + (t < connections % threads ? 1 : 0);
            int index = t;
            workers[t] = new Thread(() -> {
                try {
                    parts[index] = new EchoLoad(server, share, payload).runPart(warmup, measure, rampTimeout);
                } catch (IOException e) {
                    parts[index] = new Part(0, 0, new long[0], e.toString());
                }
            }, "echo-load-" + t);
            workers[t].start();
        }
        int held = 0;
        long requests = 0;
        String error = "";
        long[] all = new long[0];
        for (int t = 0; t < threads; t++) {
            workers[t].join();
            Part p = parts[t];
            held += p.held();
            requests += p.requests();
            if (error.isEmpty()) {
                error = p.error();
            }
            long[] merged = Arrays.copyOf(all, all.length + p.latencies().length);
            System.arraycopy(p.latencies(), 0, merged, all.length, p.latencies().length);
            all = merged;
        }
        Arrays.sort(all);
        return new Result(held, requests, measure, percentile(all, 0.50), percentile(all, 0.99), error, all);
    }

    private static final int MAX_CONNECTING = 100;
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
        boolean answered;

        Conn(SocketChannel channel) {
            this.channel = channel;
        }
    }

    private Part runPart(double warmupSeconds, double measureSeconds, double rampTimeoutSeconds) throws IOException {
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
                    // closing with a reset leaves no TIME_WAIT: rounds of 10,000 connections would use up the ports
                    ch.setOption(StandardSocketOptions.SO_LINGER, 0);
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

    private Part exchange(Selector selector, Conn[] conns, int held, double warmup, double measure, String error)
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
        // the clock starts once every connection had its first echo: a server still accepting the
        // ramp's connections is not yet serving them all
        int primed = 0;
        long primeDeadline = System.nanoTime() + 60_000_000_000L;
        long measureFrom = Long.MAX_VALUE;
        long end = Long.MAX_VALUE;
        long requests = 0;
        while (System.nanoTime() < end) {
            if (measureFrom == Long.MAX_VALUE && (primed >= held || System.nanoTime() > primeDeadline)) {
                measureFrom = System.nanoTime() + (long) (warmup * 1e9);
                end = measureFrom + (long) (measure * 1e9);
            }
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
                            if (!c.answered) {
                                c.answered = true;
                                primed++;
                            }
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
        return new Part(held, requests, Arrays.copyOf(latencies, count), error);
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
