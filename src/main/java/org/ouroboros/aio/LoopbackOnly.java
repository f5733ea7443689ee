package org.ouroboros.aio;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/** The one rule for every socket the engine opens: loopback addresses only. */
public final class LoopbackOnly {
    private LoopbackOnly() {}

    /** Thrown when a program (or the engine) tries to reach a non-loopback address. */
    public static final class RefusedAddress extends RuntimeException {
        public RefusedAddress(String message) {
            super(message);
        }
    }

    /** Returns {@code address} when it is a resolved loopback address; refuses anything else. */
    public static InetSocketAddress check(SocketAddress address) {
        if (!(address instanceof InetSocketAddress inet) || inet.isUnresolved()) {
            throw new RefusedAddress("refused: " + address + " is not a resolved loopback address"
                    + " (Ouroboros only connects to 127.0.0.1)");
        }
        InetAddress ip = inet.getAddress();
        if (!ip.isLoopbackAddress() && !ip.isAnyLocalAddress()) {
            throw new RefusedAddress("refused: " + ip.getHostAddress()
                    + " is not a loopback address (Ouroboros only connects to 127.0.0.1)");
        }
        return inet;
    }

    /** 127.0.0.1 with {@code port}, built without any name lookup. */
    public static InetSocketAddress loopback(int port) {
        try {
            return new InetSocketAddress(InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1}), port);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
