package org.ouroboros.vm.module.net;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyFloat;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyList;
import org.ouroboros.vm.object.PyModule;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyTuple;

/** {@code select.select(rlist, wlist, xlist[, timeout])}: one selector call over the given sockets. */
public final class SelectModule {
    private SelectModule() {}

    public static PyModule create(Vm vm) {
        PyModule m = new PyModule("select");
        m.add("error", PyExc.all().get("OSError"));
        m.function("select", (self, args, kw) -> {
            if (args.length < 3 || args.length > 4) {
                throw PyExc.typeError("select expected at least 3 arguments, got " + args.length);
            }
            double timeout = args.length == 4 && args[3] != NONE
                    ? (args[3] instanceof PyFloat f ? f.value() : ((PyInt) args[3]).doubleValue()) : -1;
            if (args.length == 4 && args[3] != NONE && timeout < 0) {
                throw PyExc.valueError("timeout must be non-negative");
            }
            return select(list(args[0]), list(args[1]), timeout);
        });
        return m;
    }

    private static List<PyObject> list(PyObject iterable) {
        List<PyObject> out = new ArrayList<>();
        PyObject it = Ops.iter(iterable);
        PyObject v;
        while ((v = Ops.next(it)) != null) {
            out.add(v);
        }
        return out;
    }

    private static PyObject select(List<PyObject> readers, List<PyObject> writers, double timeout) {
        PySelector sel = (PySelector) SelectorsModule.SELECTOR.call();
        try {
            Map<Integer, PyObject[]> byFd = new LinkedHashMap<>();
            Map<Integer, Integer> wanted = new LinkedHashMap<>();
            for (PyObject r : readers) {
                PySocket s = SelectorsModule.socketOf(r);
                wanted.merge(s.fd(), 1, (a, b) -> a | b);
                byFd.computeIfAbsent(s.fd(), k -> new PyObject[2])[0] = r;
            }
            for (PyObject w : writers) {
                PySocket s = SelectorsModule.socketOf(w);
                wanted.merge(s.fd(), 2, (a, b) -> a | b);
                byFd.computeIfAbsent(s.fd(), k -> new PyObject[2])[1] = w;
            }
            for (var e : wanted.entrySet()) {
                sel.put(NetState.current().byFd(e.getKey()), NONE, e.getValue());
            }
            List<PyObject> r = new ArrayList<>();
            List<PyObject> w = new ArrayList<>();
            if (!wanted.isEmpty() || timeout >= 0) {
                if (wanted.isEmpty()) {
                    sleep(timeout);
                } else {
                    for (Object[] ready : sel.select(timeout)) {
                        PySelector.Entry e = (PySelector.Entry) ready[0];
                        int events = (Integer) ready[1];
                        PyObject[] objs = byFd.get(e.socket().fd());
                        if ((events & 1) != 0 && objs[0] != null) {
                            r.add(objs[0]);
                        }
                        if ((events & 2) != 0 && objs[1] != null) {
                            w.add(objs[1]);
                        }
                    }
                }
            }
            return new PyTuple(new PyList(r), new PyList(w), new PyList());
        } finally {
            sel.close();
        }
    }

    private static void sleep(double seconds) {
        try {
            Thread.sleep((long) (seconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
