package org.ouroboros.vm.module.net;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.builtins.Args;
import org.ouroboros.vm.builtins.TypeBuilder;
import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyFloat;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyList;
import org.ouroboros.vm.object.PyModule;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/** {@code selectors}: DefaultSelector (epoll on Linux), EVENT_READ/EVENT_WRITE, SelectorKey. */
public final class SelectorsModule {
    private SelectorsModule() {}

    static final PyType KEY = PyType.builtin("SelectorKey", Types.OBJECT, null);
    static final PyType SELECTOR = PyType.builtin("EpollSelector", Types.OBJECT,
            cls -> new PySelector(cls, NetState.current()));

    static {
        TypeBuilder k = new TypeBuilder(KEY);
        k.constant("__module__", new PyStr("selectors"));
        k.getter("fileobj", self -> ((SelectorKeyObject) self).fileobj);
        k.getter("fd", self -> PyInt.of(((SelectorKeyObject) self).fd));
        k.getter("events", self -> PyInt.of(((SelectorKeyObject) self).events));
        k.getter("data", self -> ((SelectorKeyObject) self).data);
        k.method0("__repr__", self -> {
            SelectorKeyObject o = (SelectorKeyObject) self;
            return new PyStr("SelectorKey(fileobj=" + Ops.repr(o.fileobj).value() + ", fd=" + o.fd + ", events="
                    + o.events + ", data=" + Ops.repr(o.data).value() + ")");
        });
        TypeBuilder t = new TypeBuilder(SELECTOR);
        t.constant("__module__", new PyStr("selectors"));
        t.constructor((cls, args, kw) -> ((PyType) cls).allocate());
        t.method("__init__", (self, args, kw) -> NONE);
        t.method("register", (self, args, kw) -> {
            Args a = Args.parse("register", args, kw, 2, "fileobj", "events", "data");
            PySelector sel = (PySelector) self;
            PyObject fileobj = a.get(0, NONE);
            PySocket s = socketOf(fileobj);
            int events = events(a.get(1, NONE));
            if (sel.entries().containsKey(s.fd())) {
                throw PyExc.keyError(new PyStr(Ops.repr(fileobj).value() + " (FD " + s.fd() + ") is already registered"));
            }
            SelectorKeyObject key = new SelectorKeyObject(fileobj, s.fd(), events, a.get(2, NONE));
            sel.put(s, key, events);
            return key;
        });
        t.method1("unregister", (self, fileobj) -> {
            PySelector sel = (PySelector) self;
            int fd = lookupFd(sel, fileobj);
            PySelector.Entry e = sel.remove(fd);
            if (e == null) {
                throw PyExc.keyError(new PyStr(Ops.repr(fileobj).value() + " is not registered"));
            }
            return e.key();
        });
        t.method("modify", (self, args, kw) -> {
            Args a = Args.parse("modify", args, kw, 2, "fileobj", "events", "data");
            PySelector sel = (PySelector) self;
            PyObject fileobj = a.get(0, NONE);
            int fd = lookupFd(sel, fileobj);
            PySelector.Entry e = sel.entries().get(fd);
            if (e == null) {
                throw PyExc.keyError(new PyStr(Ops.repr(fileobj).value() + " is not registered"));
            }
            int events = events(a.get(1, NONE));
            SelectorKeyObject key = new SelectorKeyObject(((SelectorKeyObject) e.key()).fileobj, fd, events, a.get(2, NONE));
            sel.put(e.socket(), key, events);
            return key;
        });
        t.method("select", (self, args, kw) -> {
            Args a = Args.parse("select", args, kw, 0, "timeout");
            PyObject to = a.get(0, NONE);
            double timeout = to == NONE ? -1 : Math.max(0, to instanceof PyFloat f ? f.value() : ((PyInt) to).doubleValue());
            List<PyObject> out = new ArrayList<>();
            for (Object[] r : ((PySelector) self).select(timeout)) {
                PySelector.Entry e = (PySelector.Entry) r[0];
                out.add(new PyTuple(e.key(), PyInt.of((Integer) r[1])));
            }
            return new PyList(out);
        });
        t.method1("get_key", (self, fileobj) -> {
            PySelector.Entry e = ((PySelector) self).entries().get(lookupFd((PySelector) self, fileobj));
            if (e == null) {
                throw PyExc.keyError(new PyStr(Ops.repr(fileobj).value() + " is not registered"));
            }
            return e.key();
        });
        t.method0("get_map", self -> {
            PyDict d = new PyDict();
            for (var e : ((PySelector) self).entries().entrySet()) {
                d.put(PyInt.of(e.getKey()), e.getValue().key());
            }
            return d;
        });
        t.method0("close", self -> {
            ((PySelector) self).close();
            return NONE;
        });
        t.method0("__enter__", self -> self);
        t.method("__exit__", (self, args, kw) -> {
            ((PySelector) self).close();
            return NONE;
        });
    }

    /** A SelectorKey namedtuple's fields. */
    static final class SelectorKeyObject extends PyObject {
        final PyObject fileobj;
        final int fd;
        final int events;
        final PyObject data;

        SelectorKeyObject(PyObject fileobj, int fd, int events, PyObject data) {
            super(KEY);
            this.fileobj = fileobj;
            this.fd = fd;
            this.events = events;
            this.data = data;
        }
    }

    public static PyModule create(Vm vm) {
        PyModule m = new PyModule("selectors");
        m.add("EVENT_READ", PyInt.of(1));
        m.add("EVENT_WRITE", PyInt.of(2));
        m.add("DefaultSelector", SELECTOR);
        m.add("EpollSelector", SELECTOR);
        m.add("SelectSelector", SELECTOR);
        m.add("PollSelector", SELECTOR);
        m.add("SelectorKey", KEY);
        return m;
    }

    private static int events(PyObject v) {
        long e = ((PyInt) v).longValue();
        if (e == 0 || (e & ~3) != 0) {
            throw PyExc.valueError("Invalid events: " + e);
        }
        return (int) e;
    }

    /** The socket a file object or fd number names (asyncio's add_reader takes either). */
    public static PySocket socketOf(PyObject fileobj) {
        if (fileobj instanceof PySocket s) {
            if (s.closed()) {
                throw PyExc.valueError("Invalid file descriptor: -1");
            }
            return s;
        }
        int fd = fdOf(fileobj);
        PySocket s = NetState.current().byFd(fd);
        if (s == null) {
            throw OsErrors.badFd();
        }
        return s;
    }

    /** As selectors' _fileobj_lookup: a closed socket is found by identity among the registered keys. */
    static int lookupFd(PySelector sel, PyObject fileobj) {
        if (fileobj instanceof PySocket s && s.closed()) {
            for (var e : sel.entries().entrySet()) {
                if (((SelectorKeyObject) e.getValue().key()).fileobj == fileobj) {
                    return e.getKey();
                }
            }
            throw PyExc.valueError("Invalid file descriptor: -1");
        }
        return fdOf(fileobj);
    }

    static int fdOf(PyObject fileobj) {
        if (fileobj instanceof PySocket s) {
            return s.fd();
        }
        if (fileobj instanceof PyInt i) {
            return (int) i.longValue();
        }
        PyObject fileno = Attributes.getOrNull(fileobj, "fileno");
        if (fileno == null) {
            throw PyExc.valueError("Invalid file object: " + Ops.repr(fileobj).value());
        }
        return (int) ((PyInt) fileno.call()).longValue();
    }
}
