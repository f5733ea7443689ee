package org.ouroboros.vm.module.net;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.aio.LoopbackOnly;
import org.ouroboros.aio.NameResolution;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.builtins.Args;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyList;
import org.ouroboros.vm.object.PyModule;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;

/**
 * {@code socket}: TCP over IPv4 on loopback. Name resolution never asks DNS: every host name is
 * the demo internet (127.0.0.1), see {@link NameResolution}.
 */
public final class SocketModule {
    private SocketModule() {}

    static final int SO_ERROR = 4;

    public static PyModule create(Vm vm) {
        NetState net = NetState.of(vm);
        PyModule m = new PyModule("socket");
        m.add("socket", SocketType.TYPE);
        m.add("SocketType", SocketType.TYPE);
        m.add("AF_INET", PyInt.of(2));
        m.add("AF_INET6", PyInt.of(10));
        m.add("AF_UNIX", PyInt.of(1));
        m.add("SOCK_STREAM", PyInt.of(1));
        m.add("SOCK_DGRAM", PyInt.of(2));
        m.add("SOL_SOCKET", PyInt.of(1));
        m.add("SO_REUSEADDR", PyInt.of(2));
        m.add("SO_ERROR", PyInt.of(SO_ERROR));
        m.add("SO_KEEPALIVE", PyInt.of(9));
        m.add("IPPROTO_TCP", PyInt.of(6));
        m.add("TCP_NODELAY", PyInt.of(1));
        m.add("SHUT_RD", PyInt.of(0));
        m.add("SHUT_WR", PyInt.of(1));
        m.add("SHUT_RDWR", PyInt.of(2));
        m.add("error", PyExc.all().get("OSError"));
        m.add("timeout", PyExc.all().get("TimeoutError"));
        m.add("gaierror", NetExceptions.GAIERROR);
        m.add("herror", NetExceptions.HERROR);
        m.function("gethostname", (self, args, kw) -> new PyStr("localhost"));
        m.function("gethostbyname", (self, args, kw) -> new PyStr(addressOf(args[0])));
        m.function("getaddrinfo", (self, args, kw) -> {
            Args a = Args.parse("getaddrinfo", args, kw, 2, "host", "port", "family", "type", "proto", "flags");
            String ip = addressOf(a.get(0, NONE));
            PyObject portArg = a.get(1, NONE);
            PyObject port = portArg instanceof PyStr ps ? PyInt.of(serviceToPort(ps.value())) : portArg == NONE ? PyInt.of(0) : portArg;
            PyTuple entry = new PyTuple(PyInt.of(2), PyInt.of(1), PyInt.of(6), new PyStr(""),
                    new PyTuple(new PyStr(ip), port));
            return new PyList(java.util.List.of(entry));
        });
        m.function("create_connection", (self, args, kw) -> {
            Args a = Args.parse("create_connection", args, kw, 1, "address", "timeout", "source_address");
            PySocket s = (PySocket) SocketType.TYPE.call();
            PyObject timeout = a.get(1, NONE);
            if (timeout != NONE) {
                Attributes.call(s, "settimeout", timeout);
            }
            PyObject addr = a.get(0, NONE);
            s.connect(SocketType.host(addr), SocketType.port(addr), false);
            return s;
        });
        m.add("has_ipv6", org.ouroboros.vm.object.PyBool.FALSE);
        return m;
    }

    private static int serviceToPort(String s) {
        return switch (s) {
            case "http" -> 80;
            case "https" -> 443;
            default -> {
                try {
                    yield Integer.parseInt(s);
                } catch (NumberFormatException e) {
                    throw new org.ouroboros.vm.object.PyException(PyExc.instance(NetExceptions.GAIERROR,
                            PyInt.of(-8), new PyStr("Servname not supported for ai_socktype")));
                }
            }
        };
    }

    /** The (always loopback) address a host name resolves to; non-loopback literals are refused. */
    static String addressOf(PyObject host) {
        if (!(host instanceof PyStr h)) {
            if (host == NONE) {
                return "127.0.0.1";
            }
            throw PyExc.typeError("str, bytes or bytearray expected, not " + host.type().name());
        }
        try {
            return NameResolution.addressText(h.value());
        } catch (LoopbackOnly.RefusedAddress e) {
            throw OsErrors.notLoopback(e);
        }
    }

    /** Small call helper. */
    static final class Attributes {
        private Attributes() {}

        static PyObject call(PyObject obj, String method, PyObject... args) {
            return org.ouroboros.vm.object.Attributes.get(obj, method).call(args);
        }
    }
}
