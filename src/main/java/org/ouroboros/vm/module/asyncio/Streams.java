package org.ouroboros.vm.module.asyncio;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import org.ouroboros.aio.ConnectErrors;
import org.ouroboros.aio.LoopbackOnly;
import org.ouroboros.aio.NameResolution;
import org.ouroboros.vm.module.net.NetState;
import org.ouroboros.vm.module.net.OsErrors;
import org.ouroboros.vm.module.net.PySocket;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyModule;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;

/**
 * The Java half of asyncio streams: {@code _open_connection} and {@code _start_server} return
 * futures; the bundled Python wraps them in the {@code open_connection}/{@code start_server}
 * coroutines. Connections go only to loopback (host names reach the demo internet).
 */
final class Streams {
    private Streams() {}

    static void install(PyModule m, AsyncioState state) {
        m.add("StreamReader", StreamReaderObj.TYPE);
        m.add("StreamWriter", StreamWriterObj.TYPE);
        m.add("Server", ServerObj.TYPE);
        m.function("_open_connection", (self, args, kw) -> openConnection(state.runningLoopOrRaise(), args[0], args[1]));
        m.function("_start_server", (self, args, kw) -> startServer(state.runningLoopOrRaise(), args[0], args[1], args[2],
                (int) ((PyInt) args[3]).longValue()));
    }

    private static InetSocketAddress target(PyObject host, PyObject port, NetState net) {
        String h = host == NONE ? "localhost" : Ops.str(host).value();
        int p = port == NONE ? 0 : (int) ((PyInt) port).longValue();
        try {
            return NameResolution.resolve(h, p, net.internet());
        } catch (LoopbackOnly.RefusedAddress e) {
            throw OsErrors.notLoopback(e);
        }
    }

    static PyFuture openConnection(PyLoop loop, PyObject host, PyObject port) {
        NetState net = NetState.of(loop.state().vm());
        InetSocketAddress addr = target(host, port, net);
        PyFuture result = new PyFuture(FutureType.TYPE, loop);
        SocketChannel ch;
        boolean connected;
        try {
            ch = SocketChannel.open();
            ch.configureBlocking(false);
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            connected = ch.connect(LoopbackOnly.check(addr));
        } catch (IOException e) {
            throw OsErrors.of(e);
        }
        PySocket socket = new PySocket(net, ch, "client");
        String failure = "Connect call failed ('" + addr.getAddress().getHostAddress() + "', " + addr.getPort() + ")";
        if (connected) {
            result.setResult(streams(loop, socket));
            return result;
        }
        loop.core().addWriter(ch, socket.fd(), "connecting " + addr, () -> {
            loop.core().removeWriter(ch);
            IOException failed = ConnectErrors.take(ch);
            if (failed == null && ch.isConnectionPending()) {
                try {
                    ch.finishConnect();
                } catch (IOException e) {
                    failed = e;
                }
            }
            if (result.done()) {
                socket.close();
            } else if (failed != null) {
                socket.close();
                result.setException(OsErrors.raise("ConnectionRefusedError", OsErrors.ECONNREFUSED, failure).value());
            } else {
                result.setResult(streams(loop, socket));
            }
        }, "BaseSelectorEventLoop._sock_connect_cb");
        return result;
    }

    private static PyTuple streams(PyLoop loop, PySocket socket) {
        StreamReaderObj reader = new StreamReaderObj(loop);
        StreamTransport transport = new StreamTransport(loop, socket, reader);
        return new PyTuple(reader, new StreamWriterObj(transport));
    }

    static PyFuture startServer(PyLoop loop, PyObject callback, PyObject host, PyObject port, int backlog) {
        NetState net = NetState.of(loop.state().vm());
        InetSocketAddress addr = target(host, port, net);
        ServerSocketChannel ch;
        try {
            ch = ServerSocketChannel.open();
            ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            ch.configureBlocking(false);
            ch.bind(addr, Math.max(backlog, 1));
        } catch (IOException e) {
            throw OsErrors.of(e);
        }
        PyFuture f = new PyFuture(FutureType.TYPE, loop);
        f.setResult(new ServerObj(loop, ch, callback, backlog));
        return f;
    }

    static PyStr text(String s) {
        return new PyStr(s);
    }
}
