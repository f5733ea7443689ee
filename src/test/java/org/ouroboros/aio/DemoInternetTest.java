package org.ouroboros.aio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo internet answers every host name on loopback; nothing ever resolves or reaches elsewhere. */
class DemoInternetTest {
    @Test
    void anyHostNameGetsItsDeterministicPageAfterItsLatency() throws IOException {
        DemoInternet.Config config = new DemoInternet.Config(0.05, Map.of("slow.example", 0.3), 0.0, 1);
        try (DemoInternet internet = DemoInternet.start(config)) {
            long start = System.nanoTime();
            String fast = get(internet, "www.baidu.com", "/");
            double fastSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            String slow = get(internet, "slow.example", "/x");
            double slowSeconds = (System.nanoTime() - start) / 1e9;
            assertTrue(fast.startsWith("HTTP/1.1 200 OK\r\n"), fast);
            assertTrue(fast.endsWith(DemoInternet.page("www.baidu.com", "/")), fast);
            assertTrue(slow.endsWith(DemoInternet.page("slow.example", "/x")));
            assertTrue(fastSeconds >= 0.045 && slowSeconds >= 0.29, fastSeconds + " " + slowSeconds);
            assertEquals(2, internet.requests());
        }
    }

    @Test
    void jitterIsSeededPerUrl() {
        DemoInternet.Config c = new DemoInternet.Config(1.0, Map.of(), 0.2, 42);
        assertEquals(c.latency("book", "/1"), c.latency("BOOK", "/1"));
        assertNotEquals(c.latency("book", "/1"), c.latency("book", "/2"));
        double l = c.latency("book", "/3");
        assertTrue(l >= 0.8 && l <= 1.2);
    }

    @Test
    void everyHostNameResolvesToLoopbackWithoutAskingDns() {
        DemoInternet internet = DemoInternet.shared();
        for (String host : new String[] {"www.baidu.com", "book", "shop.projectsedu.com", "no.such.host.invalid"}) {
            InetSocketAddress a = NameResolution.resolve(host, 80, internet);
            assertTrue(a.getAddress().isLoopbackAddress(), host);
            assertEquals(internet.port(), a.getPort());
            assertEquals("127.0.0.1", NameResolution.addressText(host));
        }
        assertEquals(8080, NameResolution.resolve("127.0.0.1", 8080, internet).getPort(),
                "loopback keeps its port: the program's own servers");
        assertEquals(8080, NameResolution.resolve("localhost", 8080, internet).getPort());
    }

    @Test
    void nonLoopbackAddressesAreRefused() {
        DemoInternet internet = DemoInternet.shared();
        for (String ip : new String[] {"8.8.8.8", "10.1.2.3", "192.168.0.1", "2001:db8::1", "999.1.1.1"}) {
            assertThrows(LoopbackOnly.RefusedAddress.class, () -> NameResolution.resolve(ip, 80, internet), ip);
        }
        assertThrows(LoopbackOnly.RefusedAddress.class,
                () -> LoopbackOnly.check(new InetSocketAddress(java.net.InetAddress.getByAddress(new byte[] {8, 8, 8, 8}), 53)));
        assertThrows(LoopbackOnly.RefusedAddress.class,
                () -> LoopbackOnly.check(InetSocketAddress.createUnresolved("www.baidu.com", 80)));
    }

    @Test
    void requestHeadsNameTheHostFromTheHostHeaderOrAnAbsoluteUrl() {
        assertEquals(new HttpRequestHead("GET", "book", "/3"),
                HttpRequestHead.parse("GET /3 HTTP/1.1\r\nHost: book:80\r\n\r\n"));
        assertEquals(new HttpRequestHead("GET", "www.baidu.com", "/"),
                HttpRequestHead.parse("GET http://www.baidu.com HTTP/1.0\r\n\r\n"));
    }

    private static String get(DemoInternet internet, String host, String path) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(internet.address());
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
