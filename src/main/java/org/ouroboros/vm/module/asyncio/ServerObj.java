package org.ouroboros.vm.module.asyncio;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.List;
import org.ouroboros.vm.builtins.TypeBuilder;
import org.ouroboros.vm.module.net.NetState;
import org.ouroboros.vm.module.net.PySocket;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyBuiltinFunction;
import org.ouroboros.vm.object.PyList;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/**
 * {@code asyncio.Server} from {@code start_server}: accepts on the loop and calls
 * {@code client_connected_cb(reader, writer)} for each connection (a coroutine becomes a Task).
 */
final class ServerObj extends PyObject {
    static final PyType TYPE = PyType.builtin("Server", Types.OBJECT, null);

    static {
        TypeBuilder t = new TypeBuilder(TYPE);
        t.constant("__module__", new PyStr("asyncio.base_events"));
        t.method0("close", self -> {
            s(self).close();
            return NONE;
        });
        t.method0("is_serving", self -> PyBool.of(!s(self).closed));
        t.method0("get_loop", self -> s(self).loop);
        t.method0("wait_closed", self -> s(self).closedFuture());
        t.method0("start_serving", self -> done(s(self).loop, NONE));
        t.method0("serve_forever", self -> s(self).serveForever());
        t.getter("sockets", self -> new PyList(List.of(s(self).socket)));
        t.method0("__aenter__", self -> done(s(self).loop, self));
        t.method("__aexit__", (self, args, kw) -> {
            s(self).close();
            return s(self).closedFuture();
        });
        t.method0("__repr__", self -> new PyStr("<Server sockets=(" + s(self).socket + ",)>"));
    }

    private final PyLoop loop;
    private final ServerSocketChannel channel;
    final PySocket socket;
    private final PyObject callback;
    private final int backlog;
    private boolean closed;
    private PyFuture serving;

    ServerObj(PyLoop loop, ServerSocketChannel channel, PyObject callback, int backlog) {
        super(TYPE);
        this.loop = loop;
        this.channel = channel;
        this.callback = callback;
        this.backlog = backlog;
        this.socket = new PySocket(NetState.of(loop.state().vm()), channel);
        loop.core().addReader(channel, socket.fd(), "listening " + socket.local(), this::onAcceptable,
                "BaseSelectorEventLoop._accept_connection");
    }

    static ServerObj s(PyObject self) {
        return (ServerObj) self;
    }

    static PyFuture done(PyLoop loop, PyObject value) {
        PyFuture f = new PyFuture(FutureType.TYPE, loop);
        f.setResult(value);
        return f;
    }

    /** Accepts up to {@code backlog} waiting connections per readiness, as asyncio does. */
    private void onAcceptable() {
        for (int i = 0; i < backlog && !closed; i++) {
            SocketChannel c;
            try {
                c = channel.accept();
            } catch (IOException e) {
                String m = String.valueOf(e.getMessage());
                if (m.contains("Too many open files")) {
                    loop.state().vm().writeErr("socket.accept() out of system resource: " + m + "\n");
                }
                return;
            }
            if (c == null) {
                return;
            }
            try {
                c.configureBlocking(false);
                c.setOption(StandardSocketOptions.TCP_NODELAY, true);
            } catch (IOException e) {
                continue;
            }
            PySocket ps = new PySocket(NetState.of(loop.state().vm()), c, "accepted");
            StreamReaderObj reader = new StreamReaderObj(loop);
            StreamTransport transport = new StreamTransport(loop, ps, reader);
            StreamWriterObj writer = new StreamWriterObj(transport);
            PyObject r = callback.call(reader, writer);
            if (AsyncioModule.isCoroutine(r)) {
                loop.createTask(r, NONE);
            }
        }
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        loop.core().removeReader(channel);
        socket.close();
        if (serving != null && !serving.done()) {
            serving.cancelVirtual(NONE);
        }
    }

    PyFuture closedFuture() {
        return done(loop, NONE);
    }

    /** {@code serve_forever()}: waits until the server is closed; cancelling it closes the server. */
    private PyObject serveForever() {
        if (serving != null) {
            throw org.ouroboros.vm.object.PyExc.runtimeError("server " + this + " is already being awaited on serve_forever()");
        }
        if (closed) {
            throw org.ouroboros.vm.object.PyExc.runtimeError("server " + this + " is closed");
        }
        serving = new PyFuture(FutureType.TYPE, loop);
        serving.addDoneCallback(new PyBuiltinFunction("Server._serve_forever_done", NONE, (self, args, kw) -> {
            close();
            return NONE;
        }, null));
        return serving;
    }
}
