package org.ouroboros.aio;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where a program's {@code (host, port)} goes, without ever asking DNS: loopback names and
 * addresses keep their port (a server the program started itself); every other host name is the
 * demo internet; a numeric address that is not loopback is refused.
 */
public final class NameResolution {
    private NameResolution() {}

    /** The loopback socket address for {@code host}:{@code port}. */
    public static InetSocketAddress resolve(String host, int port, DemoInternet internet) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.isEmpty() || h.equals("localhost") || h.equals("0.0.0.0")) {
            return LoopbackOnly.loopback(port);
        }
        if (isNumeric(h)) {
            InetAddress ip = literal(h);
            if (ip.isLoopbackAddress() || ip.isAnyLocalAddress()) {
                return LoopbackOnly.loopback(port);
            }
            throw new LoopbackOnly.RefusedAddress("refused: " + host
                    + " is not a loopback address (Ouroboros only connects to 127.0.0.1 and its demo internet)");
        }
        return internet.address();
    }

    /** The address {@code gethostbyname} reports: 127.0.0.1 for every name. */
    public static String addressText(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (isNumeric(h)) {
            InetAddress ip = literal(h);
            if (!ip.isLoopbackAddress() && !ip.isAnyLocalAddress()) {
                throw new LoopbackOnly.RefusedAddress("refused: " + host + " is not a loopback address");
            }
            return h;
        }
        return "127.0.0.1";
    }

    static boolean isNumeric(String h) {
        return h.matches("[0-9.]+") || h.contains(":");
    }

    /** Parses a numeric address by hand: {@code InetAddress.getByName} would ask DNS for anything it cannot parse. */
    private static InetAddress literal(String h) {
        try {
            if (h.equals("::1")) {
                return InetAddress.getByAddress(h, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});
            }
            String[] parts = h.split("\\.", -1);
            if (parts.length == 4) {
                byte[] b = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int v = parts[i].isEmpty() || parts[i].length() > 3 ? -1 : Integer.parseInt(parts[i]);
                    if (v < 0 || v > 255) {
                        throw new NumberFormatException(h);
                    }
                    b[i] = (byte) v;
                }
                return InetAddress.getByAddress(h, b);
            }
        } catch (UnknownHostException | NumberFormatException e) {
            // falls through to the refusal
        }
        throw new LoopbackOnly.RefusedAddress("refused: " + h + " is not a loopback address");
    }
}
