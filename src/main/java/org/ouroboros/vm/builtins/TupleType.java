package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NOT_IMPLEMENTED;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyIter;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PySlice;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/** {@code tuple}. */
public final class TupleType {
    private TupleType() {}

    static List<PyObject> items(PyObject o) {
        return ((PyTuple) o).asList();
    }

    static void install() {
        TypeBuilder t = new TypeBuilder(Types.TUPLE);
        t.constructor((cls, args, kw) -> {
            Args a = Args.parse("tuple", args, kw, 0, "iterable", "/");
            List<PyObject> items = new ArrayList<>();
            if (a.has(0)) {
                if (a.get(0).type() == Types.TUPLE && cls == Types.TUPLE) {
                    return a.get(0);
                }
                for (PyObject o : Ops.iterable(a.get(0))) {
                    items.add(o);
                }
            }
            return cls == Types.TUPLE ? PyTuple.of(items) : new PyTuple((PyType) cls, items.toArray(new PyObject[0]));
        });
        t.method0("__repr__", self -> new PyStr(Sequences.repr(self, items(self), "(", ")", true)));
        t.method0("__hash__", self -> {
            long h = 0x345678L;
            for (PyObject o : items(self)) {
                h = h * 1000003L ^ Ops.hash(o);
            }
            return PyInt.of(h == -1 ? -2 : h);
        });
        t.method0("__len__", self -> PyInt.of(((PyTuple) self).size()));
        t.method1("__getitem__", (self, k) -> {
            if (k instanceof PySlice s) {
                return PyTuple.of(Sequences.slice(items(self), s));
            }
            return ((PyTuple) self).get(Sequences.index(Sequences.subscript(k, "tuple"), ((PyTuple) self).size(), "tuple"));
        });
        t.method1("__contains__", (self, o) -> {
            for (PyObject x : items(self)) {
                if (x == o || Ops.eqBool(x, o)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        t.method0("__iter__", self -> {
            PyObject[] a = ((PyTuple) self).items();
            int[] i = {0};
            return new PyIter(Types.TUPLE_ITERATOR, () -> i[0] < a.length ? a[i[0]++] : null);
        });
        t.method1("__add__", (self, o) -> {
            if (!(o instanceof PyTuple other)) {
                throw PyExc.typeError("can only concatenate tuple (not \"" + o.type().name() + "\") to tuple");
            }
            List<PyObject> r = new ArrayList<>(items(self));
            r.addAll(other.asList());
            return PyTuple.of(r);
        });
        t.method1("__mul__", (self, o) -> repeat(self, o));
        t.method1("__rmul__", (self, o) -> repeat(self, o));
        String[] cmps = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < cmps.length; i++) {
            int op = i;
            t.method1(cmps[i], (self, o) -> o instanceof PyTuple other
                    ? Sequences.compare(items(self), other.asList(), op) : NOT_IMPLEMENTED);
        }
        t.method("index", (self, args, kw) -> {
            List<PyObject> l = items(self);
            int start = args.length > 1 ? Sequences.bound(args[1], l.size()) : 0;
            int stop = args.length > 2 ? Sequences.bound(args[2], l.size()) : l.size();
            for (int i = start; i < Math.min(stop, l.size()); i++) {
                if (l.get(i) == args[0] || Ops.eqBool(l.get(i), args[0])) {
                    return PyInt.of(i);
                }
            }
            throw PyExc.valueError("tuple.index(x): x not in tuple");
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
        return PyTuple.of(r);
    }
}
