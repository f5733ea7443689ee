package org.ouroboros.aio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The offline stand-in for the web: one HTTP/1.0–1.1 server on 127.0.0.1 (ephemeral port) that
 * answers for every host name a program uses ({@code www.baidu.com}, {@code book},
 * {@code shop.projectsedu.com}) with a small deterministic page, after a per-host latency with
 * jitter drawn from a seed. Every response closes the connection, as the classic crawler expects.
 */
public final class DemoInternet implements AutoCloseable {
    /**
     * @param defaultLatency seconds before answering a host without its own entry
     * @param latencyByHost seconds per host name (lower case)
     * @param jitter relative jitter: the latency is scaled by a factor in [1 - jitter, 1 + jitter]
     * @param seed the jitter's seed; the same URL always gets the same latency for one seed
     */
    public record Config(double defaultLatency, Map<String, Double> latencyByHost, double jitter, long seed) {
        public Config {
            latencyByHost = Map.copyOf(latencyByHost);
        }

        public static Config defaults() {
            return new Config(0.1, Map.of(), 0.2, 42);
        }

        public Config withLatency(double seconds) {
            return new Config(seconds, latencyByHost, jitter, seed);
        }

        public Config withJitter(double j) {
            return new Config(defaultLatency, latencyByHost, j, seed);
        }

        /**
         * The latency for one request of {@code host}{@code path}: deterministic for the seed
         * (CRC-32 of {@code "seed host path"}, so other tools can reproduce it exactly).
         */
        public double latency(String host, String path) {
            String h = host.toLowerCase(Locale.ROOT);
            double base = latencyByHost.getOrDefault(h, defaultLatency);
            if (jitter == 0) {
                return base;
            }
            CRC32 crc = new CRC32();
            crc.update((seed + " " + h + " " + path).getBytes(StandardCharsets.UTF_8));
            double u = crc.getValue() / 4294967296.0;
            return base * (1 - jitter + 2 * jitter * u);
        }
    }

    private static DemoInternet shared;

    private final Config config;
    private final ServerSocket server;
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final AtomicLong requests = new AtomicLong();

    private DemoInternet(Config config) throws IOException {
        this.config = config;
        this.server = new ServerSocket(0, 1024, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
        this.workers = Executors.newCachedThreadPool(r -> daemon(r, "demo-internet"));
        this.timers = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "demo-internet-latency"));
        Thread acceptor = daemon(this::acceptLoop, "demo-internet-accept");
        acceptor.start();
    }

    /** Starts a server with {@code config}; close it when done. */
    public static DemoInternet start(Config config) {
        try {
            return new DemoInternet(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The process-wide server with the default configuration, started on first use. */
    public static synchronized DemoInternet shared() {
        if (shared == null) {
            shared = start(Config.defaults());
        }
        return shared;
    }

    public Config config() {
        return config;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Requests answered so far. */
    public long requests() {
        return requests.get();
    }

    /** Where a program's {@code (host, port)} really goes: see {@link NameResolution}. */
    public InetSocketAddress address() {
        return LoopbackOnly.loopback(port());
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                workers.execute(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try {
            s.setTcpNoDelay(true);
            String head = readHead(s.getInputStream());
            if (head == null) {
                s.close();
                return;
            }
            HttpRequestHead req = HttpRequestHead.parse(head);
            double latency = config.latency(req.host(), req.path());
            timers.schedule(() -> workers.execute(() -> respond(s, req)), (long) (latency * 1e6), TimeUnit.MICROSECONDS);
        } catch (IOException e) {
            closeQuietly(s);
        }
    }

    private void respond(Socket s, HttpRequestHead req) {
        try (s) {
            byte[] body = page(req.host(), req.path()).getBytes(StandardCharsets.UTF_8);
            String head = "HTTP/1.1 200 OK\r\nServer: ouroboros-demo-internet\r\n"
                    + "Content-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n";
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            if (!req.method().equals("HEAD")) {
                out.write(body);
            }
            out.flush();
            requests.incrementAndGet();
        } catch (IOException e) {
            // The client went away: nothing to answer.
        }
    }

    /** The page for a URL: the same bytes every time. */
    public static String page(String host, String path) {
        String url = "http://" + host + path;
        return "<!DOCTYPE html>\n<html><head><title>" + host + "</title></head>\n<body><h1>" + host + "</h1>\n"
                + "<p>Demo page for " + url + " (served by the Ouroboros demo internet).</p>\n</body></html>\n";
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            buf.write(b);
            if ((b == '\n' && endsWithBlankLine(buf)) || buf.size() > 65536) {
                break;
            }
        }
        return buf.size() == 0 ? null : buf.toString(StandardCharsets.ISO_8859_1);
    }

    private static boolean endsWithBlankLine(ByteArrayOutputStream buf) {
        byte[] a = buf.toByteArray();
        int n = a.length;
        return (n >= 2 && a[n - 1] == '\n' && a[n - 2] == '\n')
                || (n >= 4 && a[n - 1] == '\n' && a[n - 2] == '\r' && a[n - 3] == '\n' && a[n - 4] == '\r');
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // Already gone.
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // Closing a closed server is fine.
        }
        workers.shutdownNow();
        timers.shutdownNow();
    }
}
