package org.ouroboros.vm.module.asyncio;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.nio.channels.SelectableChannel;
import java.util.Arrays;
import org.ouroboros.vm.module.net.OsErrors;
import org.ouroboros.vm.module.net.PySocket;
import org.ouroboros.vm.module.net.SelectorsModule;
import org.ouroboros.vm.module.net.SocketType;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyBytes;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyTuple;

/**
 * The loop's low-level socket API: {@code add_reader}/{@code add_writer} (callbacks on raw
 * readiness) and the {@code sock_*} awaitables (recv, sendall, connect, accept on non-blocking
 * sockets), each trying the call at once and otherwise waiting for the selector.
 */
final class SocketOps {
    private SocketOps() {}

    static PyObject addReader(PyLoop loop, PyObject[] args, boolean writer) {
        PySocket s = SelectorsModule.socketOf(args[0]);
        PyObject fn = args[1];
        PyObject[] rest = Arrays.copyOfRange(args, 2, args.length);
        SelectableChannel ch = channel(s);
        Runnable cb = () -> loop.invoke(fn, rest);
        String desc = Describe.call(fn, rest);
        if (writer) {
            loop.core().addWriter(ch, s.fd(), s.local() + " -> " + s.remote(), cb, desc);
        } else {
            loop.core().addReader(ch, s.fd(), s.local() + " -> " + s.remote(), cb, desc);
        }
        return NONE;
    }

    static PyObject removeReader(PyObject fileobj, PyLoop loop, boolean writer) {
        PySocket s = SelectorsModule.socketOf(fileobj);
        SelectableChannel ch = s.selectable();
        if (ch == null) {
            return PyBool.FALSE;
        }
        return PyBool.of(writer ? loop.core().removeWriter(ch) : loop.core().removeReader(ch));
    }

    private static SelectableChannel channel(PySocket s) {
        SelectableChannel ch = s.selectable();
        if (ch == null) {
            throw OsErrors.raise("OSError", OsErrors.EBADF, "Bad file descriptor (socket not connected or listening yet)");
        }
        return ch;
    }

    private static PySocket nonBlocking(PyObject sock) {
        if (!(sock instanceof PySocket s)) {
            throw PyExc.typeError("a socket.socket was expected, got " + sock.type().name());
        }
        if (s.timeout() != 0) {
            throw PyExc.valueError("the socket must be non-blocking");
        }
        return s;
    }

    private static boolean wouldBlock(PyException e) {
        return e.matches(PyExc.all().get("BlockingIOError"));
    }

    /** Runs {@code attempt} now and, while it would block, again on each readiness; the future gets its outcome. */
    private static PyFuture retrying(PyLoop loop, PySocket s, boolean write, String what,
            java.util.function.Supplier<PyObject> attempt) {
        PyFuture f = new PyFuture(FutureType.TYPE, loop);
        Runnable[] step = new Runnable[1];
        step[0] = () -> {
            if (f.done()) {
                stop(loop, s, write);
                return;
            }
            try {
                PyObject r = attempt.get();
                if (r == null) {
                    return;
                }
                stop(loop, s, write);
                f.setResult(r);
            } catch (PyException e) {
                if (wouldBlock(e)) {
                    return;
                }
                stop(loop, s, write);
                f.setException(e.value());
            }
        };
        step[0].run();
        if (!f.done()) {
            SelectableChannel ch = channel(s);
            if (write) {
                loop.core().addWriter(ch, s.fd(), s.local() + " -> " + s.remote(), step[0], what);
            } else {
                loop.core().addReader(ch, s.fd(), s.local() + " -> " + s.remote(), step[0], what);
            }
        }
        return f;
    }

    private static void stop(PyLoop loop, PySocket s, boolean write) {
        SelectableChannel ch = s.selectable();
        if (ch != null) {
            if (write) {
                loop.core().removeWriter(ch);
            } else {
                loop.core().removeReader(ch);
            }
        }
    }

    static PyObject sockRecv(PyLoop loop, PyObject sock, PyObject n) {
        PySocket s = nonBlocking(sock);
        int max = (int) ((PyInt) n).longValue();
        return retrying(loop, s, false, "BaseSelectorEventLoop._sock_recv", () -> new PyBytes(s.recv(max)));
    }

    static PyObject sockSendall(PyLoop loop, PyObject sock, PyObject data) {
        PySocket s = nonBlocking(sock);
        byte[] all = StreamWriterObj.bytes(data);
        int[] pos = {0};
        return retrying(loop, s, true, "BaseSelectorEventLoop._sock_sendall", () -> {
            while (pos[0] < all.length) {
                int sent = s.send(Arrays.copyOfRange(all, pos[0], all.length));
                if (sent == 0) {
                    return null;
                }
                pos[0] += sent;
            }
            return NONE;
        });
    }

    static PyObject sockAccept(PyLoop loop, PyObject sock) {
        PySocket s = nonBlocking(sock);
        return retrying(loop, s, false, "BaseSelectorEventLoop._sock_accept", () -> {
            PySocket c = s.accept();
            return new PyTuple(c, SocketType.address(c.remoteAddress()));
        });
    }

    static PyObject sockConnect(PyLoop loop, PyObject sock, PyObject address) {
        PySocket s = nonBlocking(sock);
        String host = SocketType.host(address);
        int port = SocketType.port(address);
        PyFuture f = new PyFuture(FutureType.TYPE, loop);
        int errno = s.connect(host, port, true);
        if (errno == 0) {
            f.setResult(NONE);
            return f;
        }
        if (errno != OsErrors.EINPROGRESS) {
            throw OsErrors.raise(errno == OsErrors.ECONNREFUSED ? "ConnectionRefusedError" : "OSError", errno,
                    "Connect call failed ('" + host + "', " + port + ")");
        }
        SelectableChannel ch = channel(s);
        loop.core().addWriter(ch, s.fd(), "connecting", () -> {
            loop.core().removeWriter(ch);
            int err = s.finishPendingConnect();
            if (f.done()) {
                return;
            }
            if (err == 0) {
                f.setResult(NONE);
            } else {
                f.setException(OsErrors.raise("ConnectionRefusedError", err,
                        "Connect call failed ('" + host + "', " + port + ")").value());
            }
        }, "BaseSelectorEventLoop._sock_connect_cb");
        return f;
    }
}
