package org.ouroboros.vm.module.asyncio;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.vm.builtins.Args;
import org.ouroboros.vm.builtins.TypeBuilder;
import org.ouroboros.vm.module.net.SocketType;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyByteArray;
import org.ouroboros.vm.object.PyBytes;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/** {@code asyncio.StreamWriter}: write/writelines, drain, close/wait_closed, get_extra_info. */
final class StreamWriterObj extends PyObject {
    static final PyType TYPE = PyType.builtin("StreamWriter", Types.OBJECT, null);

    static {
        TypeBuilder t = new TypeBuilder(TYPE);
        t.constant("__module__", new PyStr("asyncio.streams"));
        t.method1("write", (self, d) -> {
            w(self).transport.write(bytes(d));
            return NONE;
        });
        t.method1("writelines", (self, lines) -> {
            PyObject it = Ops.iter(lines);
            PyObject v;
            while ((v = Ops.next(it)) != null) {
                w(self).transport.write(bytes(v));
            }
            return NONE;
        });
        t.method0("drain", self -> w(self).transport.drain());
        t.method0("close", self -> {
            w(self).transport.close();
            return NONE;
        });
        t.method0("is_closing", self -> PyBool.of(w(self).transport.isClosing()));
        t.method0("wait_closed", self -> w(self).transport.closedFuture);
        t.method0("can_write_eof", self -> PyBool.TRUE);
        t.method0("write_eof", self -> {
            w(self).transport.writeEof();
            return NONE;
        });
        t.method("get_extra_info", (self, args, kw) -> {
            Args a = Args.parse("get_extra_info", args, kw, 1, "name", "default");
            String name = Ops.str(a.get(0, NONE)).value();
            var s = w(self).transport.socket;
            return switch (name) {
                case "peername" -> s.closed() ? a.get(1, NONE) : SocketType.address(s.remoteAddress());
                case "sockname" -> s.closed() ? a.get(1, NONE) : SocketType.address(s.localAddress());
                case "socket" -> s;
                default -> a.get(1, NONE);
            };
        });
        t.getter("transport", self -> self);
        t.method0("__repr__", self -> new PyStr("<StreamWriter transport=<_SelectorSocketTransport fd="
                + w(self).transport.socket.fd() + "> reader=" + Ops.repr(w(self).transport.reader).value() + ">"));
    }

    final StreamTransport transport;

    StreamWriterObj(StreamTransport transport) {
        super(TYPE);
        this.transport = transport;
    }

    static StreamWriterObj w(PyObject self) {
        return (StreamWriterObj) self;
    }

    static byte[] bytes(PyObject d) {
        if (d instanceof PyBytes b) {
            return b.value();
        }
        if (d instanceof PyByteArray b) {
            return b.value();
        }
        throw PyExc.typeError("data argument must be a bytes-like object, not '" + d.type().name() + "'");
    }
}
