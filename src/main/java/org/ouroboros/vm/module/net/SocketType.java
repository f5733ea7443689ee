package org.ouroboros.vm.module.net;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.net.InetSocketAddress;
import org.ouroboros.vm.builtins.Args;
import org.ouroboros.vm.builtins.TypeBuilder;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyByteArray;
import org.ouroboros.vm.object.PyBytes;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyFloat;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/** The methods of {@code socket.socket}. */
public final class SocketType {
    private SocketType() {}

    public static final PyType TYPE = PyType.builtin("socket", Types.OBJECT,
            cls -> new PySocket(cls, NetState.current()));

    static {
        TYPE.setTpName("socket.socket");
        install(new TypeBuilder(TYPE));
    }

    static PySocket s(PyObject self) {
        return (PySocket) self;
    }

    private static void install(TypeBuilder t) {
        t.constant("__module__", new PyStr("socket"));
        t.constructor((cls, args, kw) -> ((PyType) cls).allocate());
        t.method("__init__", (self, args, kw) -> {
            Args a = Args.parse("socket", args, kw, 0, "family", "type", "proto", "fileno");
            long family = a.get(0, NONE) == NONE ? 2 : ((PyInt) a.get(0, NONE)).longValue();
            long type = a.get(1, NONE) == NONE ? 1 : ((PyInt) a.get(1, NONE)).longValue();
            if (family != 2 || type != 1) {
                throw OsErrors.raise("OSError", 97, "Address family not supported by protocol"
                        + " (Ouroboros sockets are AF_INET, SOCK_STREAM)");
            }
            return NONE;
        });
        t.method1("connect", (self, addr) -> {
            s(self).connect(host(addr), port(addr), false);
            return NONE;
        });
        t.method1("connect_ex", (self, addr) -> PyInt.of(s(self).connect(host(addr), port(addr), true)));
        t.method1("bind", (self, addr) -> {
            s(self).bind(host(addr), port(addr));
            return NONE;
        });
        t.method("listen", (self, args, kw) -> {
            s(self).listen(args.length > 0 ? (int) ((PyInt) args[0]).longValue() : 128);
            return NONE;
        });
        t.method0("accept", self -> {
            PySocket c = s(self).accept();
            return new PyTuple(c, address(c.remoteAddress()));
        });
        t.method("send", (self, args, kw) -> PyInt.of(s(self).send(bytes(args[0]))));
        t.method("sendall", (self, args, kw) -> {
            s(self).sendAll(bytes(args[0]));
            return NONE;
        });
        t.method("recv", (self, args, kw) -> {
            if (args.length < 1) {
                throw PyExc.typeError("recv() takes at least 1 argument (0 given)");
            }
            long n = ((PyInt) args[0]).longValue();
            if (n < 0) {
                throw PyExc.valueError("negative buffersize in recv");
            }
            return new PyBytes(s(self).recv((int) n));
        });
        t.method0("close", self -> {
            s(self).close();
            return NONE;
        });
        t.method0("detach", self -> {
            int fd = s(self).fd();
            s(self).close();
            return PyInt.of(fd);
        });
        t.method0("fileno", self -> PyInt.of(s(self).fd()));
        t.method1("setblocking", (self, flag) -> {
            s(self).setBlocking(Ops.truthy(flag));
            return NONE;
        });
        t.method0("getblocking", self -> PyBool.of(s(self).blocking()));
        t.method1("settimeout", (self, v) -> {
            if (v == NONE) {
                s(self).setTimeout(-1);
            } else {
                double d = v instanceof PyFloat f ? f.value() : ((PyInt) v).doubleValue();
                if (d < 0) {
                    throw PyExc.valueError("Timeout value out of range");
                }
                s(self).setTimeout(d);
            }
            return NONE;
        });
        t.method0("gettimeout", self -> s(self).timeout() < 0 ? NONE : new PyFloat(s(self).timeout()));
        t.method("setsockopt", (self, args, kw) -> NONE);
        t.method("getsockopt", (self, args, kw) -> {
            long opt = args.length > 1 ? ((PyInt) args[1]).longValue() : 0;
            return PyInt.of(opt == SocketModule.SO_ERROR ? s(self).soError() : 0);
        });
        t.method1("shutdown", (self, how) -> {
            s(self).shutdown((int) ((PyInt) how).longValue());
            return NONE;
        });
        t.method0("getsockname", self -> {
            InetSocketAddress a = s(self).localAddress();
            return a == null ? new PyTuple(new PyStr("0.0.0.0"), PyInt.of(0)) : address(a);
        });
        t.method0("getpeername", self -> address(s(self).remoteAddress()));
        t.getter("family", self -> PyInt.of(2));
        t.getter("type", self -> PyInt.of(1));
        t.getter("proto", self -> PyInt.of(0));
        t.method0("__enter__", self -> self);
        t.method("__exit__", (self, args, kw) -> {
            s(self).close();
            return NONE;
        });
        t.method0("__repr__", self -> new PyStr(repr(s(self))));
    }

    static String repr(PySocket s) {
        if (s.closed()) {
            return "<socket.socket [closed] fd=-1, family=2, type=1, proto=0>";
        }
        StringBuilder sb = new StringBuilder("<socket.socket fd=").append(s.fd()).append(", family=2, type=1, proto=0");
        InetSocketAddress local = s.localAddress();
        sb.append(", laddr=").append(local == null ? "('0.0.0.0', 0)" : addressText(local));
        try {
            sb.append(", raddr=").append(addressText(s.remoteAddress()));
        } catch (org.ouroboros.vm.object.PyException e) {
            // not connected: no raddr, as CPython
        }
        return sb.append('>').toString();
    }

    private static String addressText(InetSocketAddress a) {
        return "('" + a.getAddress().getHostAddress() + "', " + a.getPort() + ")";
    }

    public static PyTuple address(InetSocketAddress a) {
        return new PyTuple(new PyStr(a.getAddress().getHostAddress()), PyInt.of(a.getPort()));
    }

    public static String host(PyObject addr) {
        if (!(addr instanceof PyTuple t) || t.size() != 2) {
            throw PyExc.typeError("AF_INET address must be tuple, not " + addr.type().name());
        }
        if (!(t.get(0) instanceof PyStr h)) {
            throw PyExc.typeError("str, bytes or bytearray expected, not " + t.get(0).type().name());
        }
        return h.value();
    }

    public static int port(PyObject addr) {
        PyObject p = ((PyTuple) addr).get(1);
        if (!(p instanceof PyInt i)) {
            throw PyExc.typeError("'" + p.type().name() + "' object cannot be interpreted as an integer");
        }
        long v = i.longValue();
        if (v < 0 || v > 65535) {
            throw PyExc.raise(PyExc.OVERFLOW_ERROR, "connect(): port must be 0-65535.");
        }
        return (int) v;
    }

    static byte[] bytes(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.value();
        }
        if (o instanceof PyByteArray b) {
            return b.value();
        }
        throw PyExc.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
    }
}
