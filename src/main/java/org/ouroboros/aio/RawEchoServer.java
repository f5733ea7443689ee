package org.ouroboros.aio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;

/**
 * An echo server written directly on the {@link EventLoop} core (no Python): the baseline of
 * {@code ouroboros bench echo}. Reads whatever arrived and writes it back, buffering what the
 * socket does not take at once.
 */
public final class RawEchoServer {
    private final EventLoop loop;
    private final ServerSocketChannel server;
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(64 * 1024);
    private int nextFd = 1000;

    public RawEchoServer(EventLoop loop, int port) {
        this.loop = loop;
        try {
            server = ServerSocketChannel.open();
            server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            server.configureBlocking(false);
            server.bind(LoopbackOnly.loopback(port), 4096);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loop.addReader(server, nextFd++, "echo server", this::accept, "accept");
    }

    public int port() {
        return server.socket().getLocalPort();
    }

    private void accept() {
        for (int i = 0; i < 4096; i++) {
            SocketChannel c;
            try {
                c = server.accept();
                if (c == null) {
                    return;
                }
                c.configureBlocking(false);
                c.setOption(StandardSocketOptions.TCP_NODELAY, true);
            } catch (IOException e) {
                return;
            }
            new Connection(c, nextFd++);
        }
    }

    /** One client: echo on read, finish pending writes on writable. */
    private final class Connection {
        private final SocketChannel channel;
        private final int fd;
        private final ArrayDeque<ByteBuffer> pending = new ArrayDeque<>();

        Connection(SocketChannel channel, int fd) {
            this.channel = channel;
            this.fd = fd;
            loop.addReader(channel, fd, "echo", this::readable, "echo read");
        }

        private void readable() {
            try {
                readBuffer.clear();
                int n = channel.read(readBuffer);
                if (n < 0) {
                    close();
                    return;
                }
                readBuffer.flip();
                if (pending.isEmpty()) {
                    channel.write(readBuffer);
                }
                if (readBuffer.hasRemaining()) {
                    ByteBuffer copy = ByteBuffer.allocate(readBuffer.remaining());
                    copy.put(readBuffer).flip();
                    pending.add(copy);
                    loop.addWriter(channel, fd, "echo", this::writable, "echo write");
                }
            } catch (IOException e) {
                close();
            }
        }

        private void writable() {
            try {
                while (!pending.isEmpty()) {
                    channel.write(pending.peek());
                    if (pending.peek().hasRemaining()) {
                        return;
                    }
                    pending.poll();
                }
                loop.removeWriter(channel);
            } catch (IOException e) {
                close();
            }
        }

        private void close() {
            loop.removeReader(channel);
            loop.removeWriter(channel);
            try {
                channel.close();
            } catch (IOException e) {
                // already gone
            }
        }
    }
}
