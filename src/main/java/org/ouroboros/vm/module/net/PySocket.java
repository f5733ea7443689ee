package org.ouroboros.vm.module.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import org.ouroboros.aio.ConnectErrors;
import org.ouroboros.aio.LoopbackOnly;
import org.ouroboros.aio.NameResolution;
import org.ouroboros.trace.AioEvent;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyType;

/**
 * A Python {@code socket.socket} (TCP over IPv4, loopback only) on a Java NIO channel. The channel
 * is always non-blocking underneath; blocking mode and timeouts wait on a private selector, in
 * slices, so Ctrl+C and run cancellation still get through.
 */
public final class PySocket extends PyObject {
    final NetState net;
    private int fd;
    private SocketChannel channel;
    private ServerSocketChannel server;
    private InetSocketAddress bindAddress;
    private boolean blocking = true;
    /** Seconds; negative = none (block forever in blocking mode). */
    private double timeout = -1;
    private String requestedHost = "";
    private final BlockingWait waiter;

    PySocket(PyType type, NetState net) {
        super(type);
        this.net = net;
        this.fd = net.allocateFd();
        this.waiter = new BlockingWait(net);
        net.register(this);
        net.emit(new AioEvent.SocketOpened(fd, "client", true, ""));
    }

    /** Wraps an accepted or stream-layer channel. */
    public PySocket(NetState net, SocketChannel accepted, String kind) {
        super(SocketType.TYPE);
        this.net = net;
        this.fd = net.allocateFd();
        this.channel = accepted;
        this.waiter = new BlockingWait(net);
        net.register(this);
        net.emit(new AioEvent.SocketOpened(fd, kind, true, local()));
    }

    /** Wraps a listening channel (asyncio's Server.sockets). */
    public PySocket(NetState net, ServerSocketChannel listening) {
        super(SocketType.TYPE);
        this.net = net;
        this.fd = net.allocateFd();
        this.server = listening;
        this.waiter = new BlockingWait(net);
        net.register(this);
        net.emit(new AioEvent.SocketOpened(fd, "listening", false, local()));
    }

    public int fd() {
        return fd;
    }

    public boolean closed() {
        return fd < 0;
    }

    /** The channel selectors register: the listening or the connected one; null before connect/listen. */
    public SelectableChannel selectable() {
        return server != null ? server : channel;
    }

    boolean blocking() {
        return blocking;
    }

    void setBlocking(boolean b) {
        blocking = b;
        timeout = b ? -1 : 0;
    }

    void setTimeout(double t) {
        timeout = t;
        blocking = t != 0;
    }

    public double timeout() {
        return timeout;
    }

    private void checkOpen() {
        if (fd < 0) {
            throw OsErrors.badFd();
        }
    }

    // ---- connecting ----

    void bind(String host, int port) {
        checkOpen();
        try {
            bindAddress = NameResolution.resolve(host, port, net.internet());
        } catch (LoopbackOnly.RefusedAddress e) {
            throw OsErrors.raise("OSError", 99, "Cannot assign requested address (" + e.getMessage() + ")");
        }
    }

    void listen(int backlog) {
        checkOpen();
        try {
            server = ServerSocketChannel.open();
            server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            server.configureBlocking(false);
            server.bind(bindAddress != null ? bindAddress : LoopbackOnly.loopback(0), Math.max(backlog, 1));
        } catch (IOException e) {
            throw OsErrors.of(e);
        }
        net.emit(new AioEvent.SocketOpened(fd, "listening", blocking, local()));
    }

    /** {@code connect}: returns 0 or the errno when {@code ex} (connect_ex), else raises. */
    public int connect(String host, int port, boolean ex) {
        checkOpen();
        InetSocketAddress target;
        try {
            target = NameResolution.resolve(host, port, net.internet());
        } catch (LoopbackOnly.RefusedAddress e) {
            if (ex) {
                return OsErrors.ENETUNREACH;
            }
            throw OsErrors.notLoopback(e);
        }
        requestedHost = host;
        try {
            if (channel == null) {
                channel = SocketChannel.open();
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                if (bindAddress != null) {
                    channel.bind(bindAddress);
                }
            } else if (channel.isConnected()) {
                return errnoOrRaise(ex, OsErrors.EISCONN, "Transport endpoint is already connected", "OSError");
            } else if (channel.isConnectionPending()) {
                return errnoOrRaise(ex, OsErrors.EALREADY, "Operation already in progress", "BlockingIOError");
            }
            boolean done = channel.connect(LoopbackOnly.check(target));
            if (!done) {
                if (!blocking) {
                    return errnoOrRaise(ex, OsErrors.EINPROGRESS, "Operation now in progress", "BlockingIOError");
                }
                waiter.await(channel, SelectionKey.OP_CONNECT, timeout, fd, "connect");
                if (!channel.finishConnect()) {
                    return errnoOrRaise(ex, 110, "Connection timed out", "TimeoutError");
                }
            }
        } catch (IOException e) {
            if (ex) {
                return OsErrors.errno(e);
            }
            throw OsErrors.of(e);
        }
        net.emit(new AioEvent.SocketConnected(fd, host, local(), remote()));
        return 0;
    }

    private static int errnoOrRaise(boolean ex, int errno, String message, String type) {
        if (ex) {
            return errno;
        }
        throw OsErrors.raise(type, errno, message);
    }

    /** Completes a non-blocking connect a selector reported (or raises its error). */
    private void settleConnect() throws IOException {
        IOException failed = ConnectErrors.take(channel);
        if (failed != null) {
            throw failed;
        }
        if (channel.isConnectionPending()) {
            if (!channel.finishConnect()) {
                if (!blocking) {
                    throw OsErrors.wouldBlock();
                }
                waiter.await(channel, SelectionKey.OP_CONNECT, timeout, fd, "connect");
                channel.finishConnect();
            }
            net.emit(new AioEvent.SocketConnected(fd, requestedHost, local(), remote()));
        }
    }

    private SocketChannel connected() {
        checkOpen();
        if (channel == null) {
            throw OsErrors.raise("OSError", OsErrors.ENOTCONN, "Transport endpoint is not connected");
        }
        return channel;
    }

    // ---- data ----

    public int send(byte[] data) {
        SocketChannel ch = connected();
        try {
            settleConnect();
            ByteBuffer buf = ByteBuffer.wrap(data);
            int n = ch.write(buf);
            if (n == 0 && data.length > 0) {
                if (!blocking) {
                    throw OsErrors.wouldBlock();
                }
                waiter.await(ch, SelectionKey.OP_WRITE, timeout, fd, "send");
                n = ch.write(buf);
            }
            return n;
        } catch (IOException e) {
            throw OsErrors.of(e);
        }
    }

    void sendAll(byte[] data) {
        SocketChannel ch = connected();
        try {
            settleConnect();
            ByteBuffer buf = ByteBuffer.wrap(data);
            while (buf.hasRemaining()) {
                if (ch.write(buf) == 0) {
                    if (!blocking) {
                        throw OsErrors.wouldBlock();
                    }
                    waiter.await(ch, SelectionKey.OP_WRITE, timeout, fd, "send");
                }
            }
        } catch (IOException e) {
            throw OsErrors.of(e);
        }
    }

    public byte[] recv(int max) {
        SocketChannel ch = connected();
        try {
            settleConnect();
            ByteBuffer buf = ByteBuffer.allocate(Math.max(0, Math.min(max, 1 << 20)));
            int n = ch.read(buf);
            if (n == 0 && max > 0) {
                if (!blocking) {
                    throw OsErrors.wouldBlock();
                }
                waiter.await(ch, SelectionKey.OP_READ, timeout, fd, "recv");
                n = ch.read(buf);
            }
            if (n <= 0) {
                return new byte[0];
            }
            byte[] out = new byte[n];
            buf.flip();
            buf.get(out);
            return out;
        } catch (IOException e) {
            throw OsErrors.of(e);
        }
    }

    public PySocket accept() {
        checkOpen();
        if (server == null) {
            throw OsErrors.raise("OSError", 22, "Invalid argument");
        }
        try {
            SocketChannel c = server.accept();
            if (c == null) {
                if (!blocking) {
                    throw OsErrors.wouldBlock();
                }
                waiter.await(server, SelectionKey.OP_ACCEPT, timeout, fd, "accept");
                c = server.accept();
                if (c == null) {
                    throw OsErrors.wouldBlock();
                }
            }
            c.configureBlocking(false);
            c.setOption(StandardSocketOptions.TCP_NODELAY, true);
            return new PySocket(net, c, "accepted");
        } catch (IOException e) {
            throw OsErrors.of(e);
        }
    }

    /** A non-blocking connect a selector reported writable: 0 when connected, else the errno (and the socket stays unusable). */
    public int finishPendingConnect() {
        try {
            settleConnect();
            return 0;
        } catch (IOException e) {
            return OsErrors.errno(e);
        } catch (PyException e) {
            return OsErrors.EINPROGRESS;
        }
    }

    /** {@code getsockopt(SOL_SOCKET, SO_ERROR)}: the pending connect error, 0 when none. */
    int soError() {
        if (channel == null) {
            return 0;
        }
        IOException e = ConnectErrors.take(channel);
        return e == null ? 0 : OsErrors.errno(e);
    }

    void shutdown(int how) {
        SocketChannel ch = connected();
        try {
            if (how == 0 || how == 2) {
                ch.shutdownInput();
            }
            if (how == 1 || how == 2) {
                ch.shutdownOutput();
            }
        } catch (IOException e) {
            throw OsErrors.of(e);
        }
    }

    public void close() {
        if (fd < 0) {
            return;
        }
        try {
            if (channel != null) {
                channel.close();
            }
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            // Closing releases the fd even when the OS reports an error.
        }
        waiter.close();
        net.unregister(fd);
        net.emit(new AioEvent.SocketClosed(fd));
        fd = -1;
    }

    // ---- addresses ----

    public String local() {
        try {
            InetSocketAddress a = (InetSocketAddress) (server != null ? server.getLocalAddress()
                    : channel != null ? channel.getLocalAddress() : null);
            return a == null ? "" : a.getAddress().getHostAddress() + ":" + a.getPort();
        } catch (IOException e) {
            return "";
        }
    }

    public String remote() {
        try {
            InetSocketAddress a = channel == null ? null : (InetSocketAddress) channel.getRemoteAddress();
            return a == null ? "" : a.getAddress().getHostAddress() + ":" + a.getPort();
        } catch (IOException e) {
            return "";
        }
    }

    public InetSocketAddress localAddress() {
        try {
            if (server != null) {
                return (InetSocketAddress) server.getLocalAddress();
            }
            if (channel != null && channel.getLocalAddress() != null) {
                return (InetSocketAddress) channel.getLocalAddress();
            }
        } catch (IOException e) {
            throw OsErrors.of(e);
        }
        return bindAddress;
    }

    public InetSocketAddress remoteAddress() {
        try {
            if (channel != null && channel.isConnected()) {
                return (InetSocketAddress) channel.getRemoteAddress();
            }
        } catch (IOException e) {
            throw OsErrors.of(e);
        }
        throw OsErrors.raise("OSError", OsErrors.ENOTCONN, "Transport endpoint is not connected");
    }

    static PyException typeError(String m) {
        return PyExc.typeError(m);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }
}
