package org.ouroboros.aio.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousChannelGroup;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.CompletionHandler;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Fetches the same pages from a loopback HTTP server (the demo internet) with each
 * {@link IoModel} and records what every thread did, when: blocked, polling, in select,
 * copying, free, or in a completion callback. Real sockets, real time; 127.0.0.1 only.
 */
public final class IoModelsLab {
    /** How often the non-blocking model asks its sockets again. */
    static final long POLL_PAUSE_NANOS = 200_000;
    static final String MAIN = "main";

    private final InetSocketAddress server;
    private final String host;
    private final int pages;

    /** {@code server} must be a loopback address; {@code host} is the Host header the pages are asked for. */
    public IoModelsLab(InetSocketAddress server, String host, int pages) {
        if (!server.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("the I/O lab only talks to 127.0.0.1: " + server);
        }
        this.server = server;
        this.host = host;
        this.pages = pages;
    }

    public IoRun run(IoModel model) throws IOException, InterruptedException {
        Log log = new Log();
        switch (model) {
            case BLOCKING -> blocking(log);
            case NON_BLOCKING -> nonBlocking(log);
            case MULTIPLEXING -> multiplexing(log);
            case ASYNCHRONOUS -> asynchronous(log);
        }
        return log.toRun(model, pages);
    }

    private byte[] request(int page) {
        return ("GET /page/" + page + " HTTP/1.0\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    static String name(int page) {
        return "page " + page;
    }

    private void blocking(Log log) throws IOException {
        byte[] buffer = new byte[8192];
        for (int i = 1; i <= pages; i++) {
            long start = System.nanoTime();
            try (Socket s = new Socket()) {
                s.connect(server);
                OutputStream out = s.getOutputStream();
                out.write(request(i));
                out.flush();
                long sent = System.nanoTime();
                log.add(MAIN, IoPhase.WORKING, start, sent, name(i));
                InputStream in = s.getInputStream();
                int n = in.read(buffer);
                long first = System.nanoTime();
                log.add(MAIN, IoPhase.BLOCKED, sent, first, name(i));
                while (n >= 0) {
                    n = in.read(buffer);
                }
                log.add(MAIN, IoPhase.COPYING, first, System.nanoTime(), name(i));
            }
        }
    }

    private void nonBlocking(Log log) throws IOException {
        List<SocketChannel> channels = new ArrayList<>();
        boolean[] sent = new boolean[pages];
        boolean[] done = new boolean[pages];
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        long start = System.nanoTime();
        try {
            for (int i = 0; i < pages; i++) {
                SocketChannel c = SocketChannel.open();
                c.configureBlocking(false);
                c.connect(server);
                channels.add(c);
            }
            log.add(MAIN, IoPhase.WORKING, start, System.nanoTime(), "connect \u00d7" + pages);
            int remaining = pages;
            long pollingSince = System.nanoTime();
            while (remaining > 0) {
                for (int i = 0; i < pages; i++) {
                    if (done[i]) {
                        continue;
                    }
                    SocketChannel c = channels.get(i);
                    if (!sent[i]) {
                        if (!c.finishConnect()) {
                            log.notReady++;
                            continue;
                        }
                        pollingSince = log.closePolling(pollingSince);
                        long t = System.nanoTime();
                        c.write(ByteBuffer.wrap(request(i + 1)));
                        sent[i] = true;
                        log.add(MAIN, IoPhase.WORKING, t, System.nanoTime(), name(i + 1));
                        pollingSince = System.nanoTime();
                        continue;
                    }
                    buffer.clear();
                    int n = c.read(buffer);
                    if (n == 0) {
                        log.notReady++;
                        continue;
                    }
                    pollingSince = log.closePolling(pollingSince);
                    long t = System.nanoTime();
                    while (n > 0) {
                        buffer.clear();
                        n = c.read(buffer);
                    }
                    if (n < 0) {
                        done[i] = true;
                        remaining--;
                        c.close();
                    }
                    log.add(MAIN, IoPhase.COPYING, t, System.nanoTime(), name(i + 1));
                    pollingSince = System.nanoTime();
                }
                LockSupport.parkNanos(POLL_PAUSE_NANOS);
            }
        } finally {
            for (SocketChannel c : channels) {
                c.close();
            }
        }
    }

    private void multiplexing(Log log) throws IOException {
        try (Selector selector = Selector.open()) {
            long start = System.nanoTime();
            for (int i = 1; i <= pages; i++) {
                SocketChannel c = SocketChannel.open();
                c.configureBlocking(false);
                c.connect(server);
                c.register(selector, SelectionKey.OP_CONNECT, i);
            }
            log.add(MAIN, IoPhase.WORKING, start, System.nanoTime(), "connect \u00d7" + pages);
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            int remaining = pages;
            int call = 0;
            while (remaining > 0) {
                long before = System.nanoTime();
                selector.select();
                long after = System.nanoTime();
                call++;
                log.add(MAIN, IoPhase.SELECT, before, after, "select #" + call);
                List<String> readySet = new ArrayList<>();
                for (SelectionKey key : selector.selectedKeys()) {
                    int page = (Integer) key.attachment();
                    readySet.add(name(page) + ": " + (key.isConnectable() ? "W" : key.isReadable() ? "R" : "?"));
                }
                log.selects.add(new SelectCall(log.millis(after), (after - before) / 1e6, readySet));
                for (SelectionKey key : selector.selectedKeys()) {
                    SocketChannel c = (SocketChannel) key.channel();
                    int page = (Integer) key.attachment();
                    long t = System.nanoTime();
                    if (key.isConnectable()) {
                        c.finishConnect();
                        c.write(ByteBuffer.wrap(request(page)));
                        key.interestOps(SelectionKey.OP_READ);
                        log.add(MAIN, IoPhase.WORKING, t, System.nanoTime(), name(page));
                    } else if (key.isReadable()) {
                        int n;
                        do {
                            buffer.clear();
                            n = c.read(buffer);
                        } while (n > 0);
                        if (n < 0) {
                            key.cancel();
                            c.close();
                            remaining--;
                        }
                        log.add(MAIN, IoPhase.COPYING, t, System.nanoTime(), name(page));
                    }
                }
                selector.selectedKeys().clear();
            }
        }
    }

    private void asynchronous(Log log) throws IOException, InterruptedException {
        AtomicInteger threads = new AtomicInteger();
        AsynchronousChannelGroup group = AsynchronousChannelGroup.withFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "completion-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        CountDownLatch latch = new CountDownLatch(pages);
        try {
            long start = System.nanoTime();
            for (int i = 1; i <= pages; i++) {
                new AsyncFetch(AsynchronousSocketChannel.open(group), i, log, latch).start();
            }
            long issued = System.nanoTime();
            log.add(MAIN, IoPhase.WORKING, start, issued, "start \u00d7" + pages);
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IOException("the pages did not arrive within 30 s");
            }
            log.add(MAIN, IoPhase.FREE, issued, System.nanoTime(), "");
        } finally {
            group.shutdownNow();
            group.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** One page fetched with completion handlers: connect, then write, then reads until the end. */
    private final class AsyncFetch {
        private final AsynchronousSocketChannel channel;
        private final int page;
        private final Log log;
        private final CountDownLatch latch;
        private final ByteBuffer buffer = ByteBuffer.allocate(8192);

        AsyncFetch(AsynchronousSocketChannel channel, int page, Log log, CountDownLatch latch) {
            this.channel = channel;
            this.page = page;
            this.log = log;
            this.latch = latch;
        }

        void start() {
            channel.connect(server, null, handler(v -> channel.write(ByteBuffer.wrap(request(page)), null, handler(w -> read()))));
        }

        private void read() {
            buffer.clear();
            channel.read(buffer, null, handler(n -> {
                long t = System.nanoTime();
                if (n < 0) {
                    close();
                    return;
                }
                log.add(Thread.currentThread().getName(), IoPhase.CALLBACK, t, System.nanoTime(), name(page));
                read();
            }));
        }

        private void close() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // finished anyway
            }
            latch.countDown();
        }

        private <V> CompletionHandler<V, Void> handler(java.util.function.Consumer<V> next) {
            return new CompletionHandler<>() {
                @Override
                public void completed(V result, Void attachment) {
                    next.accept(result);
                }

                @Override
                public void failed(Throwable exc, Void attachment) {
                    close();
                }
            };
        }
    }

    /** Segments in milliseconds since the run began; safe from the completion threads. */
    private static final class Log {
        private final long t0 = System.nanoTime();
        private final List<IoSegment> segments = new ArrayList<>();
        private final List<SelectCall> selects = new ArrayList<>();
        private long notReady;

        synchronized void add(String thread, IoPhase phase, long startNanos, long endNanos, String label) {
            segments.add(new IoSegment(thread, phase, millis(startNanos), millis(endNanos), label));
        }

        double millis(long nanos) {
            return (nanos - t0) / 1e6;
        }

        /** Ends a stretch of polling (if it lasted) and returns when the next one may start. */
        long closePolling(long since) {
            long now = System.nanoTime();
            if (now - since > 50_000) {
                add(MAIN, IoPhase.POLLING, since, now, "");
            }
            return now;
        }

        synchronized IoRun toRun(IoModel model, int pages) {
            List<String> threads = new ArrayList<>();
            threads.add(MAIN);
            segments.stream().map(IoSegment::thread).distinct().filter(t -> !t.equals(MAIN)).sorted().forEach(threads::add);
            double total = millis(System.nanoTime());
            return new IoRun(model, threads, segments, selects, notReady, total, pages);
        }
    }
}
