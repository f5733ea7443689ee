package org.ouroboros.vm.module.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.ouroboros.aio.AioSettings;
import org.ouroboros.aio.DemoInternet;
import org.ouroboros.vm.RunResult;
import org.ouroboros.vm.Vm;

/** Python programs on the VM reach only loopback: host names go to the demo internet, other addresses are refused. */
class NetworkIsolationTest {
    private static String run(String source, DemoInternet internet) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        RunResult r = Vm.builder().stdout(out).stderr(err)
                .with(AioSettings.class, AioSettings.defaults().withInternet(internet)).build().run(source, "net.py");
        assertEquals(0, r.exitCode(), err.toString());
        return out.toString();
    }

    @Test
    void nonLoopbackAddressesAreRefusedBySocketsAndStreams() {
        String out = run("""
                import socket, asyncio
                for addr in [('8.8.8.8', 53), ('10.0.0.1', 80), ('192.168.1.1', 443)]:
                    s = socket.socket()
                    try:
                        s.connect(addr)
                    except OSError as e:
                        print('connect', addr[0], e.errno)
                    print('connect_ex', s.connect_ex(addr))
                    s.close()
                try:
                    socket.gethostbyname('8.8.4.4')
                except OSError as e:
                    print('gethostbyname', e.errno)
                async def main():
                    try:
                        await asyncio.open_connection('172.16.0.1', 80)
                    except OSError as e:
                        print('open_connection', e.errno)
                asyncio.run(main())
                """, DemoInternet.shared());
        assertEquals("""
                connect 8.8.8.8 101
                connect_ex 101
                connect 10.0.0.1 101
                connect_ex 101
                connect 192.168.1.1 101
                connect_ex 101
                gethostbyname 101
                open_connection 101
                """, out);
    }

    @Test
    void everyHostNameIsTheDemoInternetOnLoopback() {
        try (DemoInternet internet = DemoInternet.start(DemoInternet.Config.defaults().withLatency(0.01))) {
            String out = run("""
                    import socket
                    print(socket.gethostbyname('www.baidu.com'), socket.getaddrinfo('book', 80)[0][4][0])
                    for host in ['www.baidu.com', 'book', 'no-such-host.invalid']:
                        s = socket.socket()
                        s.connect((host, 80))
                        print(s.getpeername()[0], s.getpeername()[1] != 80)
                        s.sendall(b'GET /x HTTP/1.0\\r\\nHost: ' + host.encode() + b'\\r\\n\\r\\n')
                        data = b''
                        while True:
                            chunk = s.recv(4096)
                            if not chunk:
                                break
                            data += chunk
                        s.close()
                        print(data.split(b'\\r\\n')[0].decode(), host in data.decode())
                    """, internet);
            assertEquals("""
                    127.0.0.1 127.0.0.1
                    127.0.0.1 True
                    HTTP/1.1 200 OK True
                    127.0.0.1 True
                    HTTP/1.1 200 OK True
                    127.0.0.1 True
                    HTTP/1.1 200 OK True
                    """, out);
            assertEquals(3, internet.requests());
        }
    }
}
