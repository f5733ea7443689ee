package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;
import static org.ouroboros.vm.object.PyConstants.NOT_IMPLEMENTED;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyIter;
import org.ouroboros.vm.object.PyList;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PySlice;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/** {@code list}. */
public final class ListType {
    private ListType() {}

    static List<PyObject> items(PyObject o) {
        return ((PyList) o).items();
    }

    static void install() {
        TypeBuilder t = new TypeBuilder(Types.LIST);
        t.constructor((cls, args, kw) -> new PyList((PyType) cls));
        t.method("__init__", (self, args, kw) -> {
            Args a = Args.parse("list", args, kw, 0, "iterable", "/");
            items(self).clear();
            if (a.has(0)) {
                for (PyObject o : Ops.iterable(a.get(0))) {
                    items(self).add(o);
                }
            }
            return NONE;
        });
        t.method0("__repr__", self -> new PyStr(Sequences.repr(self, items(self), "[", "]", false)));
        t.constant("__hash__", NONE);
        t.method0("__len__", self -> PyInt.of(items(self).size()));
        t.method1("__getitem__", (self, k) -> {
            if (k instanceof PySlice s) {
                return new PyList(Sequences.slice(items(self), s));
            }
            return items(self).get(Sequences.index(Sequences.subscript(k, "list"), items(self).size(), "list"));
        });
        t.method2("__setitem__", (self, k, v) -> {
            List<PyObject> l = items(self);
            if (k instanceof PySlice s) {
                List<PyObject> repl = new ArrayList<>();
                if (v.type().lookup("__iter__") == null && v.type().lookup("__getitem__") == null) {
                    throw PyExc.typeError("can only assign an iterable");
                }
                for (PyObject o : Ops.iterable(v)) {
                    repl.add(o);
                }
                long[] idx = s.indices(l.size());
                if (idx[2] == 1) {
                    int lo = (int) idx[0];
                    int hi = (int) Math.max(idx[0], idx[1]);
                    l.subList(lo, hi).clear();
                    l.addAll(lo, repl);
                } else {
                    if (repl.size() != idx[3]) {
                        throw PyExc.valueError("attempt to assign sequence of size " + repl.size()
                                + " to extended slice of size " + idx[3]);
                    }
                    for (int i = 0; i < idx[3]; i++) {
                        l.set((int) (idx[0] + i * idx[2]), repl.get(i));
                    }
                }
                return NONE;
            }
            l.set(Sequences.index(Sequences.subscript(k, "list"), l.size(), "list assignment"), v);
            return NONE;
        });
        t.method1("__delitem__", (self, k) -> {
            List<PyObject> l = items(self);
            if (k instanceof PySlice s) {
                long[] idx = s.indices(l.size());
                List<Integer> drop = new ArrayList<>();
                for (long i = 0, p = idx[0]; i < idx[3]; i++, p += idx[2]) {
                    drop.add((int) p);
                }
                drop.sort(Collections.reverseOrder());
                for (int i : drop) {
                    l.remove(i);
                }
                return NONE;
            }
            l.remove(Sequences.index(Sequences.subscript(k, "list"), l.size(), "list assignment"));
            return NONE;
        });
        t.method1("__contains__", (self, o) -> {
            for (PyObject x : items(self)) {
                if (x == o || Ops.eqBool(x, o)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        t.method0("__iter__", self -> iterator(items(self)));
        t.method0("__reversed__", self -> {
            List<PyObject> l = items(self);
            int[] i = {l.size() - 1};
            return new PyIter(Types.LIST_REVERSEITERATOR, () -> i[0] >= 0 && i[0] < l.size() ? l.get(i[0]--) : null);
        });
        t.method1("__add__", (self, o) -> {
            if (!(o instanceof PyList other)) {
                throw PyExc.typeError("can only concatenate list (not \"" + o.type().name() + "\") to list");
            }
            List<PyObject> r = new ArrayList<>(items(self));
            r.addAll(other.items());
            return new PyList(r);
        });
        t.method1("__iadd__", (self, o) -> {
            List<PyObject> add = new ArrayList<>();
            for (PyObject x : Ops.iterable(o)) {
                add.add(x);
            }
            items(self).addAll(add);
            return self;
        });
        t.method1("__mul__", (self, o) -> repeat(self, o));
        t.method1("__rmul__", (self, o) -> repeat(self, o));
        t.method1("__imul__", (self, o) -> {
            if (!Ops.isIndex(o)) {
                throw PyExc.typeError("can't multiply sequence by non-int of type '" + o.type().name() + "'");
            }
            List<PyObject> copy = new ArrayList<>(items(self));
            long n = Ops.index(o);
            items(self).clear();
            for (long i = 0; i < n; i++) {
                items(self).addAll(copy);
            }
            return self;
        });
        String[] cmps = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < cmps.length; i++) {
            int op = i;
            t.method1(cmps[i], (self, o) -> o instanceof PyList other
                    ? Sequences.compare(items(self), other.items(), op) : NOT_IMPLEMENTED);
        }
        t.method1("append", (self, o) -> {
            items(self).add(o);
            return NONE;
        });
        t.method1("extend", (self, o) -> {
            List<PyObject> add = new ArrayList<>();
            for (PyObject x : Ops.iterable(o)) {
                add.add(x);
            }
            items(self).addAll(add);
            return NONE;
        });
        t.method2("insert", (self, i, o) -> {
            List<PyObject> l = items(self);
            long at = Ops.index(i);
            if (at < 0) {
                at = Math.max(0, at + l.size());
            }
            l.add((int) Math.min(at, l.size()), o);
            return NONE;
        });
        t.method("pop", (self, args, kw) -> {
            List<PyObject> l = items(self);
            if (l.isEmpty()) {
                throw PyExc.indexError("pop from empty list");
            }
            long i = args.length > 0 ? Ops.index(args[0]) : -1;
            return l.remove(Sequences.index(i, l.size(), "pop"));
        });
        t.method1("remove", (self, o) -> {
            List<PyObject> l = items(self);
            for (int i = 0; i < l.size(); i++) {
                if (l.get(i) == o || Ops.eqBool(l.get(i), o)) {
                    l.remove(i);
                    return NONE;
                }
            }
            throw PyExc.valueError("list.remove(x): x not in list");
        });
        t.method("index", (self, args, kw) -> {
            List<PyObject> l = items(self);
            int start = args.length > 1 ? Sequences.bound(args[1], l.size()) : 0;
            int stop = args.length > 2 ? Sequences.bound(args[2], l.size()) : l.size();
            for (int i = start; i < Math.min(stop, l.size()); i++) {
                if (l.get(i) == args[0] || Ops.eqBool(l.get(i), args[0])) {
                    return PyInt.of(i);
                }
            }
            throw PyExc.valueError(Ops.repr(args[0]).value() + " is not in list");
        });
        t.method1("count", (self, o) -> {
            int n = 0;
            for (PyObject x : items(self)) {
                if (x == o || Ops.eqBool(x, o)) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        t.method("sort", (self, args, kw) -> {
            Args a = Args.parse("sort", args, kw, 0, "*", "key", "reverse");
            List<PyObject> sorted = Sorting.sorted(items(self), a.get(0, NONE), Sorting.reverseFlag(a.get(1)));
            items(self).clear();
            items(self).addAll(sorted);
            return NONE;
        });
        t.method0("reverse", self -> {
            Collections.reverse(items(self));
            return NONE;
        });
        t.method0("copy", self -> new PyList(items(self)));
        t.method0("clear", self -> {
            items(self).clear();
            return NONE;
        });
    }

    private static PyObject repeat(PyObject self, PyObject o) {
        if (!Ops.isIndex(o)) {
            return NOT_IMPLEMENTED;
        }
        long n = Ops.index(o);
        if (n > 0 && items(self).size() > 0 && n > StrType.MAX_LENGTH / items(self).size()) {
            throw PyExc.raise(PyExc.MEMORY_ERROR, "");
        }
        List<PyObject> r = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            r.addAll(items(self));
        }
        return new PyList(r);
    }

    /** A list_iterator that tolerates appends during iteration (as CPython's does). */
    static PyIter iterator(List<PyObject> l) {
        int[] i = {0};
        return new PyIter(Types.LIST_ITERATOR, () -> i[0] < l.size() ? l.get(i[0]++) : null);
    }

    static PyTuple toTuple(PyObject o) {
        return PyTuple.of(items(o));
    }
}
