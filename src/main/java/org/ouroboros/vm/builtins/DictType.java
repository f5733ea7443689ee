package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;
import static org.ouroboros.vm.object.PyConstants.NOT_IMPLEMENTED;

import java.util.ArrayList;
import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.Calls;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/** {@code dict}: insertion ordered; {@code __missing__} honoured for subclasses. */
public final class DictType {
    private DictType() {}

    static PyDict dict(PyObject o) {
        return (PyDict) o;
    }

    static void install() {
        TypeBuilder t = new TypeBuilder(Types.DICT);
        t.constructor((cls, args, kw) -> new PyDict((PyType) cls));
        t.method("__init__", (self, args, kw) -> {
            update(self, args, kw, "dict");
            return NONE;
        });
        t.method0("__repr__", self -> {
            if (!Sequences.guardEnter(self)) {
                return new PyStr("{...}");
            }
            try {
                StringBuilder sb = new StringBuilder("{");
                PyDict d = dict(self);
                int i = 0;
                // By position, as CPython's dict_repr: a repr that changes the dict sees the change.
                for (int e = 0; e < d.entryLimit(); e++) {
                    PyObject k = d.keyAt(e);
                    if (k == null) {
                        continue;
                    }
                    PyObject v = d.valueAt(e);
                    if (i++ > 0) {
                        sb.append(", ");
                    }
                    sb.append(Ops.repr(k).value()).append(": ").append(Ops.repr(v).value());
                }
                return new PyStr(sb.append('}').toString());
            } finally {
                Sequences.guardExit(self);
            }
        });
        t.constant("__hash__", NONE);
        t.method0("__len__", self -> PyInt.of(dict(self).size()));
        t.method1("__getitem__", (self, k) -> {
            PyObject v = dict(self).get(k);
            if (v == null) {
                if (self.type() != Types.DICT) {
                    PyObject missing = self.type().lookup("__missing__");
                    if (missing != null) {
                        return Calls.callMethod(missing, self, new PyObject[] {k}, null);
                    }
                }
                Ops.hash(k);
                throw PyExc.keyError(k);
            }
            return v;
        });
        t.method2("__setitem__", (self, k, v) -> {
            Ops.hash(k);
            dict(self).put(k, v);
            return NONE;
        });
        t.method1("__delitem__", (self, k) -> {
            if (dict(self).remove(k) == null) {
                throw PyExc.keyError(k);
            }
            return NONE;
        });
        t.method1("__contains__", (self, k) -> {
            Ops.hash(k);
            return PyBool.of(dict(self).containsKey(k));
        });
        t.method0("__iter__", self -> IteratorTypes.keyIterator((PyDict) self));
        t.method0("__reversed__", self -> IteratorTypes.reverseKeyIterator(dict(self)));
        t.method1("__eq__", (self, o) -> o instanceof PyDict d ? PyBool.of(dict(self).contentEquals(d)) : NOT_IMPLEMENTED);
        t.method1("__ne__", (self, o) -> o instanceof PyDict d ? PyBool.of(!dict(self).contentEquals(d)) : NOT_IMPLEMENTED);
        t.method1("__ror__", (self, o) -> {
            if (!(o instanceof PyDict d)) {
                return NOT_IMPLEMENTED;
            }
            PyDict r = new PyDict();
            r.putAll(d);
            r.putAll(dict(self));
            return r;
        });
        t.method1("__or__", (self, o) -> {
            if (!(o instanceof PyDict d)) {
                return NOT_IMPLEMENTED;
            }
            PyDict r = new PyDict();
            r.putAll(dict(self));
            r.putAll(d);
            return r;
        });
        t.method1("__ior__", (self, o) -> {
            update(self, new PyObject[] {o}, null, "update");
            return self;
        });
        t.method0("keys", self -> IteratorTypes.view(Types.DICT_KEYS, (PyDict) self));
        t.method0("values", self -> IteratorTypes.view(Types.DICT_VALUES, (PyDict) self));
        t.method0("items", self -> IteratorTypes.view(Types.DICT_ITEMS, (PyDict) self));
        t.method("get", (self, args, kw) -> {
            Args a = Args.parse("get", args, kw, 1, "key", "default", "/");
            PyObject v = dict(self).get(a.get(0));
            return v != null ? v : a.get(1, NONE);
        });
        t.method("pop", (self, args, kw) -> {
            PyObject v = dict(self).remove(args[0]);
            if (v == null) {
                if (args.length > 1) {
                    return args[1];
                }
                throw PyExc.keyError(args[0]);
            }
            return v;
        });
        t.method0("popitem", self -> {
            PyObject[] last = dict(self).popLast();
            if (last == null) {
                throw PyExc.raise(PyExc.KEY_ERROR, "popitem(): dictionary is empty");
            }
            return new PyTuple(last[0], last[1]);
        });
        t.method("setdefault", (self, args, kw) -> {
            PyObject v = dict(self).get(args[0]);
            if (v == null) {
                v = args.length > 1 ? args[1] : NONE;
                dict(self).put(args[0], v);
            }
            return v;
        });
        t.method("update", (self, args, kw) -> {
            update(self, args, kw, "update");
            return NONE;
        });
        t.method0("clear", self -> {
            dict(self).clear();
            return NONE;
        });
        t.method0("copy", self -> {
            PyDict d = new PyDict();
            d.putAll(dict(self));
            return d;
        });
        t.classMethod("fromkeys", (cls, args, kw) -> {
            PyObject d = cls.call();
            PyObject v = args.length > 1 ? args[1] : NONE;
            for (PyObject k : Ops.iterable(args[0])) {
                Ops.setItem(d, k, v);
            }
            return d;
        });
    }

    /** dict.update / dict(...): a mapping or an iterable of pairs, then keywords. */
    static void update(PyObject self, PyObject[] args, String[] kw, String name) {
        int npos = args.length - (kw == null ? 0 : kw.length);
        if (npos > 1) {
            throw PyExc.typeError(name + " expected at most 1 argument, got " + npos);
        }
        PyDict m = dict(self);
        if (npos == 1) {
            PyObject src = args[0];
            if (src instanceof PyDict d) {
                m.putAll(d);
            } else if (Attributes.getOrNull(src, "keys") != null) {
                for (PyObject k : Ops.iterable(Attributes.get(src, "keys").call())) {
                    m.put(k, Ops.getItem(src, k));
                }
            } else {
                int i = 0;
                for (PyObject pair : Ops.iterable(src)) {
                    ArrayList<PyObject> kv = new ArrayList<>();
                    try {
                        for (PyObject x : Ops.iterable(pair)) {
                            kv.add(x);
                        }
                    } catch (org.ouroboros.vm.object.PyException e) {
                        throw PyExc.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                    }
                    if (kv.size() != 2) {
                        throw PyExc.valueError("dictionary update sequence element #" + i + " has length " + kv.size()
                                + "; 2 is required");
                    }
                    m.put(kv.get(0), kv.get(1));
                    i++;
                }
            }
        }
        for (int k = 0; kw != null && k < kw.length; k++) {
            m.put(new PyStr(kw[k]), args[npos + k]);
        }
    }
}
