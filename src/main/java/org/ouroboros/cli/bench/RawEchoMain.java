package org.ouroboros.cli.bench;

import org.ouroboros.aio.EventLoop;
import org.ouroboros.aio.RawEchoServer;

/** Server (a) of {@code bench echo}: the Java echo server on the aio core, in its own process; prints its port. */
public final class RawEchoMain {
    private RawEchoMain() {}

    public static void main(String[] args) {
        EventLoop loop = new EventLoop();
        RawEchoServer server = new RawEchoServer(loop, args.length > 0 ? Integer.parseInt(args[0]) : 0);
        System.out.println(server.port());
        System.out.flush();
        loop.runForever();
    }
}
