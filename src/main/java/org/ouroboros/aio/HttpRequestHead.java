package org.ouroboros.aio;

import java.util.Locale;

/**
 * The parts of an HTTP request head the demo internet needs.
 *
 * @param method {@code GET}, {@code HEAD}, …
 * @param host the Host header's name (without port), or the absolute URL's host, or {@code localhost}
 * @param path the path with query, {@code /} when empty
 */
public record HttpRequestHead(String method, String host, String path) {
    public static HttpRequestHead parse(String head) {
        String[] lines = head.split("\r?\n");
        String[] first = lines[0].trim().split("\\s+");
        String method = first.length > 0 ? first[0].toUpperCase(Locale.ROOT) : "GET";
        String target = first.length > 1 ? first[1] : "/";
        String host = null;
        if (target.startsWith("http://") || target.startsWith("https://")) {
            String rest = target.substring(target.indexOf("://") + 3);
            int slash = rest.indexOf('/');
            host = slash < 0 ? rest : rest.substring(0, slash);
            target = slash < 0 ? "/" : rest.substring(slash);
        }
        for (int i = 1; i < lines.length && host == null; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0 && lines[i].substring(0, colon).trim().equalsIgnoreCase("host")) {
                host = lines[i].substring(colon + 1).trim();
            }
        }
        if (host == null || host.isEmpty()) {
            host = "localhost";
        }
        int port = host.lastIndexOf(':');
        if (port > 0 && host.indexOf(']') < port) {
            host = host.substring(0, port);
        }
        return new HttpRequestHead(method, host, target.isEmpty() ? "/" : target);
    }
}
